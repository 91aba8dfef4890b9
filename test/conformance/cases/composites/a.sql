CREATE TYPE point3 AS (x integer, y integer, z integer);
CREATE TYPE unused AS (a integer);
CREATE TYPE free AS (a integer);
CREATE TABLE shape (id integer PRIMARY KEY, corner point3);
INSERT INTO shape VALUES (1, ROW(1, 2, 3));
