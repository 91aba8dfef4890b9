CREATE TABLE keep (id int);
CREATE TABLE t (id int, v text);
CREATE FUNCTION show(t) RETURNS text LANGUAGE sql AS 'SELECT $1.v';
CREATE TABLE u (id int, d text DEFAULT show(ROW(1,'x')::t));
