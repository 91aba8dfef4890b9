-- graph_order: statements ordered by the dependency graph, not by object
-- kind or name. Types that use each other are created dependencies first
-- (a composite over a composite and a range named later, a domain over a
-- composite, a domain over a domain) and dropped dependents first; a chain of
-- three kinds (composite -> domain -> table column -> view) all changing in
-- one migration, with rows kept and the view's column grants given back when
-- the view is created again. Each migration runs in one transaction and a
-- second diff is empty.
SELECT format('host=%s port=%s dbname=psd_graph_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_graph_remote;

\c psd_graph_remote
CREATE ROLE psd_graph_reader;
CREATE TYPE z_point AS (x int, y int);
CREATE TYPE z_span AS RANGE (subtype = int4);
CREATE TYPE a_shape AS (origin z_point, extent z_span, corners z_point[]);
CREATE DOMAIN b_shape AS a_shape CHECK ((VALUE).origin IS NOT NULL);
CREATE DOMAIN y_pos AS int CHECK (VALUE > 0);
CREATE DOMAIN a_pos AS y_pos CHECK (VALUE < 1000);
CREATE TABLE c_drawing (id int PRIMARY KEY, shape b_shape, pos a_pos);
-- the chain: composite -> domain -> column -> view, every link changing
CREATE TYPE pt AS (x int, y int, z int);
CREATE DOMAIN dpt AS pt CHECK ((VALUE).x >= 0 AND (VALUE).y >= 0);
CREATE TABLE figure (id int PRIMARY KEY, p dpt, label varchar(20));
CREATE VIEW v_figure AS SELECT id, (p).x, (p).z, label FROM figure;
GRANT SELECT (id, label) ON v_figure TO psd_graph_reader;
GRANT SELECT ON v_figure TO PUBLIC;
\c contrib_regression
CREATE TYPE pt AS (x int, y int);
CREATE DOMAIN dpt AS pt CHECK ((VALUE).x >= 0);
CREATE TABLE figure (id int PRIMARY KEY, p dpt, label varchar(10));
CREATE VIEW v_figure AS SELECT id, (p).x, label FROM figure;
GRANT SELECT (id, label) ON v_figure TO psd_graph_reader;
GRANT SELECT ON v_figure TO PUBLIC;
INSERT INTO figure VALUES (1, ROW(1, 2), 'one'), (2, ROW(3, 4), 'two');

SELECT ordinal, kind, action, sql FROM schema_diff(:'remote', with_privileges => true)
ORDER BY ordinal;

BEGIN;
SELECT sql FROM schema_diff(:'remote', with_privileges => true) ORDER BY ordinal \gexec
COMMIT;
SELECT count(*) AS left_over FROM schema_diff(:'remote', with_privileges => true);
SELECT id, (p).x, (p).y, (p).z, label FROM figure ORDER BY id;
SELECT * FROM v_figure ORDER BY id;
SELECT attname, attacl FROM pg_attribute
WHERE attrelid = 'v_figure'::regclass AND attacl IS NOT NULL ORDER BY attnum;
INSERT INTO c_drawing VALUES (1, ROW(ROW(0, 0), '[1,5)', ARRAY[ROW(1, 1)::z_point])::a_shape, 5);
-- the reverse: every type and the table using them dropped, dependents first
\c psd_graph_remote
DROP TABLE c_drawing;
DROP DOMAIN a_pos;
DROP DOMAIN y_pos;
DROP DOMAIN b_shape;
DROP TYPE a_shape;
DROP TYPE z_span;
DROP TYPE z_point;
\c contrib_regression
SELECT ordinal, action, sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;
BEGIN;
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal \gexec
COMMIT;
SELECT count(*) AS left_over FROM schema_diff(:'remote', with_privileges => true);

DROP VIEW v_figure;
DROP TABLE figure;
DROP DOMAIN dpt;
DROP TYPE pt;
DROP DATABASE psd_graph_remote;
DROP ROLE psd_graph_reader;
