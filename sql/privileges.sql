-- privileges: with_privileges => true compares GRANTs on tables, columns,
-- sequences, views, functions, schemas and enum types; a view that has to be
-- re-created gets its grants back; without the option grants are ignored.
SELECT format('host=%s port=%s dbname=psd_privileges_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE ROLE regress_psd_reader;
CREATE DATABASE psd_privileges_remote;

\c psd_privileges_remote
CREATE SCHEMA app;
GRANT USAGE ON SCHEMA app TO regress_psd_reader;
CREATE TYPE app.mood AS ENUM ('ok', 'sad');
REVOKE USAGE ON TYPE app.mood FROM PUBLIC;
CREATE TABLE app.t (id integer, secret text, note text);
GRANT SELECT (id, note), UPDATE (note) ON app.t TO regress_psd_reader;
CREATE SEQUENCE app.s;
GRANT USAGE ON SEQUENCE app.s TO regress_psd_reader WITH GRANT OPTION;
CREATE VIEW app.v AS SELECT id, note FROM app.t;
GRANT SELECT ON app.v TO regress_psd_reader;
CREATE FUNCTION app.f() RETURNS integer LANGUAGE sql AS 'SELECT 1';
REVOKE EXECUTE ON FUNCTION app.f() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.f() TO regress_psd_reader;
\c contrib_regression
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('ok', 'sad');
CREATE TABLE app.t (id bigint, secret text, note text);
GRANT ALL ON app.t TO regress_psd_reader;
CREATE SEQUENCE app.s;
CREATE VIEW app.v AS SELECT id, note FROM app.t;
GRANT SELECT ON app.v TO regress_psd_reader;
CREATE FUNCTION app.f() RETURNS integer LANGUAGE sql AS 'SELECT 1';

-- without the option, only the column type (and the view over it) differ
SELECT kind, identity, action, sql FROM schema_diff(:'remote') ORDER BY ordinal;

-- with it, the grants follow
SELECT kind, identity, action, sql
FROM schema_diff(:'remote', with_privileges => true) ORDER BY ordinal;

BEGIN;
SELECT sql FROM schema_diff(:'remote', with_privileges => true) ORDER BY ordinal \gexec
COMMIT;
SELECT count(*) AS rows FROM schema_diff(:'remote', with_privileges => true);
SELECT has_table_privilege('regress_psd_reader', 'app.v', 'SELECT') AS view_select,
       has_column_privilege('regress_psd_reader', 'app.t', 'secret', 'SELECT') AS secret_select,
       has_function_privilege('public', 'app.f()', 'EXECUTE') AS public_execute;

DROP SCHEMA app CASCADE;
DROP DATABASE psd_privileges_remote;
DROP ROLE regress_psd_reader;
