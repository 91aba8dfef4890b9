-- table_options: storage parameters (also toast.*) and replica identity of
-- tables are altered in place (rows stay); created tables get WITH (...);
-- REPLICA IDENTITY USING INDEX follows an identity index that is re-created.
-- Default privileges (ALTER DEFAULT PRIVILEGES) with with_privileges => true:
-- global entries compared with the built-in defaults, schema entries on their
-- own.
SELECT format('host=%s port=%s dbname=psd_table_options_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE ROLE regress_psd_owner;
CREATE ROLE regress_psd_reader;
CREATE DATABASE psd_table_options_remote;

\c psd_table_options_remote
CREATE SCHEMA app;
CREATE TABLE app.t (id integer PRIMARY KEY, body text)
    WITH (fillfactor = 70, autovacuum_enabled = false, toast.autovacuum_enabled = false);
ALTER TABLE app.t REPLICA IDENTITY FULL;
CREATE TABLE app.u (id integer NOT NULL, k integer NOT NULL);
CREATE UNIQUE INDEX u_k ON app.u (k);
ALTER TABLE app.u REPLICA IDENTITY USING INDEX u_k;
CREATE TABLE app.r (id integer NOT NULL, k integer NOT NULL, PRIMARY KEY (id, k));
ALTER TABLE app.r REPLICA IDENTITY USING INDEX r_pkey;
CREATE TABLE app.n (id integer) WITH (parallel_workers = 2);
ALTER TABLE app.n REPLICA IDENTITY NOTHING;
CREATE TABLE app.p (id integer NOT NULL) PARTITION BY RANGE (id);
CREATE TABLE app.p1 PARTITION OF app.p FOR VALUES FROM (1) TO (100) WITH (fillfactor = 50);
CREATE TABLE app.fresh (id integer NOT NULL, note text) WITH (fillfactor = 90);
CREATE UNIQUE INDEX fresh_id ON app.fresh (id);
ALTER TABLE app.fresh REPLICA IDENTITY USING INDEX fresh_id;
ALTER DEFAULT PRIVILEGES FOR ROLE regress_psd_owner IN SCHEMA app
    GRANT SELECT ON TABLES TO regress_psd_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE regress_psd_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE regress_psd_owner
    GRANT USAGE ON SEQUENCES TO regress_psd_reader WITH GRANT OPTION;
\c contrib_regression
CREATE SCHEMA app;
CREATE TABLE app.t (id integer PRIMARY KEY, body text) WITH (fillfactor = 50);
CREATE TABLE app.u (id integer NOT NULL, k integer NOT NULL);
CREATE UNIQUE INDEX u_k ON app.u (k);
CREATE TABLE app.r (id integer NOT NULL, k integer NOT NULL, PRIMARY KEY (id));
ALTER TABLE app.r REPLICA IDENTITY USING INDEX r_pkey;
CREATE TABLE app.n (id integer) WITH (autovacuum_enabled = false);
CREATE TABLE app.p (id integer NOT NULL) PARTITION BY RANGE (id);
CREATE TABLE app.p1 PARTITION OF app.p FOR VALUES FROM (1) TO (100);
INSERT INTO app.t SELECT g, repeat('x', g) FROM generate_series(1, 10) g;
INSERT INTO app.u SELECT g, g FROM generate_series(1, 10) g;
INSERT INTO app.r SELECT g, g FROM generate_series(1, 10) g;
INSERT INTO app.n SELECT g FROM generate_series(1, 10) g;
INSERT INTO app.p SELECT g FROM generate_series(1, 10) g;
ALTER DEFAULT PRIVILEGES FOR ROLE regress_psd_owner IN SCHEMA app
    GRANT USAGE ON TYPES TO regress_psd_reader;

-- without with_privileges, default privileges are not compared
SELECT kind, identity, action, sql FROM schema_diff(:'remote') ORDER BY ordinal;

-- with it, they come first, before any table is created
SELECT kind, identity, action, sql
FROM schema_diff(:'remote', with_privileges => true) ORDER BY ordinal;

BEGIN;
SELECT sql FROM schema_diff(:'remote', with_privileges => true) ORDER BY ordinal \gexec
COMMIT;
SELECT count(*) AS rows FROM schema_diff(:'remote', with_privileges => true);

-- the tables were altered, not re-created: their rows are still there
SELECT (SELECT count(*) FROM app.t) AS t, (SELECT count(*) FROM app.u) AS u,
       (SELECT count(*) FROM app.r) AS r, (SELECT count(*) FROM app.n) AS n,
       (SELECT count(*) FROM app.p) AS p;
SELECT c.relname, c.relreplident, c.reloptions, tc.reloptions AS toast_options,
       (SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
        WHERE x.indrelid = c.oid AND x.indisreplident) AS identity_index
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class tc ON tc.oid = c.reltoastrelid
WHERE n.nspname = 'app' AND c.relkind IN ('r', 'p') ORDER BY c.relname;
SELECT pg_get_userbyid(d.defaclrole) AS role, n.nspname AS schema, d.defaclobjtype AS type,
       d.defaclacl
FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
ORDER BY 1, 2, 3;

DROP SCHEMA app CASCADE;
DROP DATABASE psd_table_options_remote;
DROP OWNED BY regress_psd_owner;
DROP OWNED BY regress_psd_reader;
DROP ROLE regress_psd_owner;
DROP ROLE regress_psd_reader;
