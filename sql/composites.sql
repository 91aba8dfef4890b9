-- composites: composite types created before the tables that use them,
-- attributes added, dropped and changed in place, types dropped after the
-- columns stop using them; rows stay. An attribute of a composite stored in
-- a table cannot change type: reported.
SELECT format('host=%s port=%s dbname=psd_composites_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_composites_remote;

\c psd_composites_remote
CREATE TYPE point3 AS (x bigint, y integer, label text COLLATE "C");
CREATE TYPE span AS (lo integer, hi integer);
CREATE TYPE free AS (a bigint);
CREATE TABLE shape (id integer PRIMARY KEY, corner point3, extent span);
CREATE FUNCTION width(s span) RETURNS integer LANGUAGE sql AS 'SELECT s.hi - s.lo';
\c contrib_regression
CREATE TYPE point3 AS (x integer, y integer, z integer);
CREATE TYPE unused AS (a integer);
CREATE TYPE free AS (a integer);
CREATE TABLE shape (id integer PRIMARY KEY, corner point3);
INSERT INTO shape VALUES (1, ROW(1, 2, 3));

SELECT ordinal, kind, identity, action, destructive, sql
FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;

BEGIN;
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal \gexec
COMMIT;
SELECT count(*) AS rows FROM schema_diff(:'remote', allow_drops => true);
SELECT * FROM shape;
SELECT width(ROW(2, 7)::span);

DROP TABLE shape;
DROP FUNCTION width(span);
DROP TYPE point3, span, free;
DROP DATABASE psd_composites_remote;
