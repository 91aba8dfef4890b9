-- system_privileges: with_privileges on what initdb made (a pg_catalog
-- function, table and columns, the language plpgsql, the public schema's
-- owner and its own privileges) and on user mappings (created, changed,
-- dropped with their server; one holding a password named, never copied);
-- subscriptions (created without connecting; one whose connection string
-- holds a password is named and counted as not migrated).
-- Both databases are scratch ones: the local one is migrated and checked.
SELECT format('host=%s port=%s dbname=psd_sys_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE ROLE regress_psd_sys;
CREATE DATABASE psd_sys_remote;
CREATE DATABASE psd_sys_local;

\c psd_sys_remote
REVOKE EXECUTE ON FUNCTION pg_sleep(float8) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pg_sleep(float8) TO regress_psd_sys;
REVOKE SELECT ON pg_catalog.pg_proc FROM PUBLIC;
GRANT SELECT (oid, proname) ON pg_catalog.pg_proc TO PUBLIC;
REVOKE USAGE ON LANGUAGE plpgsql FROM PUBLIC;
ALTER SCHEMA public OWNER TO regress_psd_sys;
REVOKE ALL ON SCHEMA public FROM regress_psd_sys;
CREATE FOREIGN DATA WRAPPER files;
CREATE SERVER archive FOREIGN DATA WRAPPER files;
CREATE USER MAPPING FOR regress_psd_sys SERVER archive OPTIONS (user 'reader');
CREATE USER MAPPING FOR PUBLIC SERVER archive OPTIONS (user 'anyone', password 'secret');
CREATE TABLE item (id integer PRIMARY KEY, note text);
INSERT INTO item VALUES (1, 'one'), (2, 'two');
CREATE SUBSCRIPTION psd_sys_sub CONNECTION 'dbname=psd_sys_nowhere' PUBLICATION p1
    WITH (connect = false, binary = true);
COMMENT ON SUBSCRIPTION psd_sys_sub IS 'made without a publisher';
CREATE SUBSCRIPTION psd_sys_secret CONNECTION 'dbname=psd_sys_nowhere password=s3cret'
    PUBLICATION p1 WITH (connect = false, slot_name = NONE);

\c psd_sys_local
CREATE EXTENSION pgschemadiff;
CREATE FOREIGN DATA WRAPPER files;
CREATE SERVER archive FOREIGN DATA WRAPPER files;
CREATE USER MAPPING FOR regress_psd_sys SERVER archive OPTIONS (user 'old', fetch_size '10');
CREATE SERVER gone FOREIGN DATA WRAPPER files;
CREATE USER MAPPING FOR regress_psd_sys SERVER gone;
CREATE TABLE item (id integer PRIMARY KEY, note text);
INSERT INTO item VALUES (1, 'one'), (2, 'two');

-- Without with_privileges: no privilege, owner or user mapping statement,
-- and the server with a user mapping is kept (WARNING).
SELECT kind, sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;

-- With it: the migration, and the mapping with a password named.
SELECT kind, action, destructive, sql
FROM schema_diff(:'remote', allow_drops => true, with_privileges => true) ORDER BY ordinal;

-- Applied in one transaction; then nothing is left to do.
BEGIN;
SELECT sql FROM schema_diff(:'remote', allow_drops => true, with_privileges => true)
ORDER BY ordinal \gexec
COMMIT;
SELECT count(*) AS remaining
FROM schema_diff(:'remote', allow_drops => true, with_privileges => true)
WHERE kind <> 'user mapping';
SELECT has_function_privilege('public', 'pg_sleep(float8)', 'EXECUTE') AS public_sleeps,
       has_function_privilege('regress_psd_sys', 'pg_sleep(float8)', 'EXECUTE') AS role_sleeps,
       has_table_privilege('public', 'pg_catalog.pg_proc', 'SELECT') AS public_reads_pg_proc,
       has_column_privilege('public', 'pg_catalog.pg_proc', 'proname', 'SELECT') AS public_reads_proname,
       has_language_privilege('public', 'plpgsql', 'USAGE') AS public_uses_plpgsql,
       (SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'public') AS public_owner,
       has_schema_privilege('regress_psd_sys', 'public', 'CREATE') AS owner_creates;
SELECT s.srvname, m.usename, m.umoptions
FROM pg_user_mappings m JOIN pg_foreign_server s ON s.oid = m.srvid ORDER BY 1, 2;
SELECT count(*) AS servers_named_gone FROM pg_foreign_server WHERE srvname = 'gone';
SELECT * FROM item ORDER BY id;
SELECT subname, subenabled, subslotname, subbinary, subconninfo,
       obj_description(oid, 'pg_subscription') AS comment
FROM pg_subscription WHERE subdbid = (SELECT oid FROM pg_database WHERE datname = current_database());
SELECT kind, identity, status FROM schema_diff_unsupported(:'remote');

-- The other direction: the remote at initdb's state again.
\c psd_sys_remote
DROP TABLE item;
DROP SERVER archive CASCADE;
DROP FOREIGN DATA WRAPPER files;
GRANT EXECUTE ON FUNCTION pg_sleep(float8) TO PUBLIC;
REVOKE EXECUTE ON FUNCTION pg_sleep(float8) FROM regress_psd_sys;
REVOKE SELECT (oid, proname) ON pg_catalog.pg_proc FROM PUBLIC;
GRANT SELECT ON pg_catalog.pg_proc TO PUBLIC;
GRANT USAGE ON LANGUAGE plpgsql TO PUBLIC;
ALTER SCHEMA public OWNER TO pg_database_owner;
GRANT ALL ON SCHEMA public TO pg_database_owner;
\c psd_sys_local
SELECT kind, action, sql
FROM schema_diff(:'remote', allow_drops => true, with_privileges => true)
WHERE kind IN ('owner', 'privilege', 'user mapping') ORDER BY ordinal;

ALTER SUBSCRIPTION psd_sys_sub SET (slot_name = NONE);
DROP SUBSCRIPTION psd_sys_sub;
\c psd_sys_remote
ALTER SUBSCRIPTION psd_sys_sub SET (slot_name = NONE);
DROP SUBSCRIPTION psd_sys_sub;
DROP SUBSCRIPTION psd_sys_secret;
\c contrib_regression
DROP DATABASE psd_sys_local;
DROP DATABASE psd_sys_remote;
DROP ROLE regress_psd_sys;
