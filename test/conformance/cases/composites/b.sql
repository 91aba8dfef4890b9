CREATE TYPE point3 AS (x integer, y integer, label text COLLATE "C");
CREATE TYPE span AS (lo integer, hi integer);
CREATE TYPE free AS (a bigint);
CREATE TABLE shape (id integer PRIMARY KEY, corner point3, extent span);
CREATE FUNCTION width(s span) RETURNS integer LANGUAGE sql AS 'SELECT s.hi - s.lo';
