-- comments: COMMENT ON tables, columns, views, materialized views, functions,
-- enum types, schemas, indexes, constraints, sequences: added, changed,
-- removed, and given back to objects the migration creates again.
SELECT format('host=%s port=%s dbname=psd_comments_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_comments_remote;

\c psd_comments_remote
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'the application';
CREATE TYPE app.mood AS ENUM ('ok', 'sad');
COMMENT ON TYPE app.mood IS 'how it feels';
CREATE SEQUENCE app.ticket;
COMMENT ON SEQUENCE app.ticket IS 'ticket numbers';
CREATE TABLE app.item (id integer CONSTRAINT item_pk PRIMARY KEY, name text, price bigint);
COMMENT ON TABLE app.item IS 'what we sell';
COMMENT ON COLUMN app.item.name IS 'it''s the name';
COMMENT ON COLUMN app.item.price IS 'in cents';
COMMENT ON CONSTRAINT item_pk ON app.item IS 'one row per item';
CREATE INDEX item_name ON app.item (name);
COMMENT ON INDEX app.item_name IS 'by name';
CREATE VIEW app.cheap AS SELECT id, price FROM app.item WHERE price < 100;
COMMENT ON VIEW app.cheap IS 'under a dollar';
COMMENT ON COLUMN app.cheap.price IS 'still cents';
CREATE MATERIALIZED VIEW app.counted AS SELECT count(*) AS n FROM app.item;
COMMENT ON MATERIALIZED VIEW app.counted IS 'how many';
CREATE FUNCTION app.twice(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x * 2';
COMMENT ON FUNCTION app.twice(integer) IS 'doubles';
\c contrib_regression
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('ok', 'sad');
COMMENT ON TYPE app.mood IS 'old words';
CREATE SEQUENCE app.ticket;
CREATE TABLE app.item (id integer CONSTRAINT item_pk PRIMARY KEY, name text, price integer);
COMMENT ON TABLE app.item IS 'what we sell';
COMMENT ON COLUMN app.item.id IS 'to be removed';
CREATE INDEX item_name ON app.item (name);
CREATE VIEW app.cheap AS SELECT id, price FROM app.item WHERE price < 100;
COMMENT ON VIEW app.cheap IS 'under a dollar';
COMMENT ON COLUMN app.cheap.price IS 'still cents';
CREATE FUNCTION app.twice(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x * 2';
INSERT INTO app.item VALUES (1, 'pen', 50);

-- the plan: the view is created again (its column changes type) with its comments
SELECT ordinal, kind, identity, action, destructive, sql
FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;

BEGIN;
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal \gexec
COMMIT;
SELECT count(*) AS rows FROM schema_diff(:'remote', allow_drops => true);
SELECT c.relname, a.attname, d.description
FROM pg_description d JOIN pg_class c ON d.classoid = 'pg_class'::regclass AND c.oid = d.objoid
LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid
WHERE c.relnamespace = 'app'::regnamespace ORDER BY 1, 2;
SELECT obj_description('app'::regnamespace, 'pg_namespace') AS schema,
       obj_description('app.mood'::regtype, 'pg_type') AS type,
       obj_description('app.twice(integer)'::regprocedure, 'pg_proc') AS function,
       (SELECT obj_description(oid, 'pg_constraint') FROM pg_constraint WHERE conname = 'item_pk')
         AS constraint;
SELECT * FROM app.item;

DROP SCHEMA app CASCADE;
DROP DATABASE psd_comments_remote;
