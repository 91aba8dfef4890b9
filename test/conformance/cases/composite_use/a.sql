CREATE TYPE addr AS (street text, city text);
CREATE TABLE t (id int, a addr);
CREATE FUNCTION city_of(addr) RETURNS text LANGUAGE sql AS 'SELECT $1.city';
CREATE VIEW v AS SELECT id, city_of(a) FROM t;
