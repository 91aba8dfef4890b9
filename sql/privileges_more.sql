-- privileges_more: with_privileges on domains, composite and range types,
-- foreign-data wrappers and servers, and on columns of views, materialized
-- views and foreign tables: granted, revoked, and given to objects created.
SELECT format('host=%s port=%s dbname=psd_privmore_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE ROLE regress_psd_user;
CREATE DATABASE psd_privmore_remote;

\c psd_privmore_remote
CREATE DOMAIN qty AS integer CHECK (VALUE > 0);
REVOKE USAGE ON DOMAIN qty FROM PUBLIC;
GRANT USAGE ON DOMAIN qty TO regress_psd_user;
CREATE TYPE pair AS (a integer, b integer);
GRANT USAGE ON TYPE pair TO regress_psd_user WITH GRANT OPTION;
CREATE TYPE span AS RANGE (SUBTYPE = integer);
REVOKE USAGE ON TYPE span FROM PUBLIC;
CREATE DOMAIN fresh AS text;
REVOKE USAGE ON DOMAIN fresh FROM PUBLIC;
CREATE FOREIGN DATA WRAPPER files;
GRANT USAGE ON FOREIGN DATA WRAPPER files TO regress_psd_user;
CREATE SERVER archive FOREIGN DATA WRAPPER files;
GRANT USAGE ON FOREIGN SERVER archive TO regress_psd_user;
CREATE FOREIGN TABLE old_item (id integer, note text) SERVER archive;
GRANT SELECT (note) ON old_item TO regress_psd_user;
CREATE TABLE item (id integer PRIMARY KEY, n qty, p pair);
CREATE VIEW item_v AS SELECT id, n FROM item;
GRANT SELECT (id) ON item_v TO regress_psd_user;
CREATE MATERIALIZED VIEW item_m AS SELECT id FROM item;
GRANT SELECT (id) ON item_m TO regress_psd_user;
\c contrib_regression
CREATE DOMAIN qty AS integer CHECK (VALUE > 0);
CREATE TYPE pair AS (a integer, b integer);
CREATE TYPE span AS RANGE (SUBTYPE = integer);
CREATE FOREIGN DATA WRAPPER files;
CREATE SERVER archive FOREIGN DATA WRAPPER files;
GRANT USAGE ON FOREIGN SERVER archive TO regress_psd_user WITH GRANT OPTION;
CREATE FOREIGN TABLE old_item (id integer, note text) SERVER archive;
CREATE TABLE item (id integer PRIMARY KEY, n qty, p pair);
CREATE VIEW item_v AS SELECT id, n FROM item;
GRANT SELECT (n) ON item_v TO regress_psd_user;
CREATE MATERIALIZED VIEW item_m AS SELECT id FROM item;
INSERT INTO item VALUES (1, 2, ROW(3, 4));

SELECT ordinal, kind, identity, action, sql
FROM schema_diff(:'remote', with_privileges => true) ORDER BY ordinal;
BEGIN;
SELECT sql FROM schema_diff(:'remote', with_privileges => true) ORDER BY ordinal \gexec
COMMIT;
SELECT count(*) AS rows FROM schema_diff(:'remote', with_privileges => true);
SELECT typname, typacl FROM pg_type
 WHERE typnamespace = 'public'::regnamespace AND typname IN ('qty', 'pair', 'span', 'fresh')
 ORDER BY 1;
SELECT fdwname, fdwacl FROM pg_foreign_data_wrapper WHERE fdwname = 'files';
SELECT srvname, srvacl FROM pg_foreign_server WHERE srvname = 'archive';
SELECT attrelid::regclass, attname, attacl FROM pg_attribute
 WHERE attrelid IN ('item_v'::regclass, 'item_m'::regclass, 'old_item'::regclass)
   AND attacl IS NOT NULL ORDER BY 1, 2;
SELECT * FROM item;
-- the role may use what it was granted
SET ROLE regress_psd_user;
SELECT NULL::qty, NULL::pair;
SELECT id FROM item_v;
RESET ROLE;

DROP VIEW item_v;
DROP MATERIALIZED VIEW item_m;
DROP TABLE item;
DROP FOREIGN TABLE old_item;
DROP SERVER archive;
DROP FOREIGN DATA WRAPPER files;
DROP DOMAIN qty, fresh;
DROP TYPE pair, span;
DROP DATABASE psd_privmore_remote;
DROP ROLE regress_psd_user;
