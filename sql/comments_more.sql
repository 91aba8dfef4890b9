-- comments_more: COMMENT ON extensions, statistics objects, domain
-- constraints, foreign-data wrappers and servers: added, changed, removed,
-- and given back to a domain constraint the migration adds again.
SELECT format('host=%s port=%s dbname=psd_comments_more_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_comments_more_remote;

\c psd_comments_more_remote
CREATE SCHEMA app;
CREATE EXTENSION citext SCHEMA app;
COMMENT ON EXTENSION citext IS 'case-insensitive text, for e-mail addresses';
CREATE DOMAIN app.qty AS integer CONSTRAINT positive CHECK (VALUE > 0)
    CONSTRAINT small CHECK (VALUE < 1000);
COMMENT ON CONSTRAINT positive ON DOMAIN app.qty IS 'no empty orders';
COMMENT ON CONSTRAINT small ON DOMAIN app.qty IS 'under a thousand';
CREATE TABLE app.item (id integer PRIMARY KEY, a integer, b integer, n app.qty);
CREATE STATISTICS app.item_ab ON a, b FROM app.item;
COMMENT ON STATISTICS app.item_ab IS 'a and b move together';
CREATE FOREIGN DATA WRAPPER files;
COMMENT ON FOREIGN DATA WRAPPER files IS 'reads files';
CREATE SERVER archive FOREIGN DATA WRAPPER files;
COMMENT ON SERVER archive IS 'the archive';
CREATE FOREIGN TABLE app.old_item (id integer) SERVER archive;
\c contrib_regression
CREATE SCHEMA app;
CREATE EXTENSION citext SCHEMA app;
CREATE DOMAIN app.qty AS integer CONSTRAINT positive CHECK (VALUE > 0)
    CONSTRAINT small CHECK (VALUE < 100);
COMMENT ON CONSTRAINT positive ON DOMAIN app.qty IS 'old words';
COMMENT ON CONSTRAINT small ON DOMAIN app.qty IS 'under a thousand';
CREATE TABLE app.item (id integer PRIMARY KEY, a integer, b integer, n app.qty);
CREATE STATISTICS app.item_ab ON a, b FROM app.item;
COMMENT ON STATISTICS app.item_ab IS 'to be removed';
CREATE FOREIGN DATA WRAPPER files;
COMMENT ON FOREIGN DATA WRAPPER files IS 'old words';
CREATE SERVER archive FOREIGN DATA WRAPPER files;
CREATE FOREIGN TABLE app.old_item (id integer) SERVER archive;
INSERT INTO app.item VALUES (1, 1, 1, 5);

SELECT ordinal, kind, identity, action, destructive, sql
FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;

BEGIN;
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal \gexec
COMMIT;
SELECT count(*) AS rows FROM schema_diff(:'remote', allow_drops => true);
SELECT pg_describe_object(d.classoid, d.objoid, d.objsubid) AS object, d.description
  FROM pg_description d
 WHERE d.classoid IN ('pg_extension'::regclass, 'pg_statistic_ext'::regclass,
                      'pg_foreign_data_wrapper'::regclass, 'pg_foreign_server'::regclass)
    OR (d.classoid = 'pg_constraint'::regclass
        AND d.objoid IN (SELECT oid FROM pg_constraint WHERE contypid = 'app.qty'::regtype))
 ORDER BY 1;
SELECT * FROM app.item;
-- also nothing left with a schema filter (the extension counts as in its schema)
SELECT count(*) AS rows FROM schema_diff(:'remote', include_schemas => ARRAY['app']);

DROP SCHEMA app CASCADE;
DROP SERVER archive;
DROP FOREIGN DATA WRAPPER files;
DROP DATABASE psd_comments_more_remote;
