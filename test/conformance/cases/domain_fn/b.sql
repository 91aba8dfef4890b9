CREATE TABLE keep (id int);
CREATE FUNCTION is_even(int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 % 2 = 0';
CREATE DOMAIN even AS int CHECK (is_even(VALUE));
CREATE TABLE t (id int, e even);
