-- online: online => true plans the forms that keep a table with rows
-- available (CREATE/DROP INDEX CONCURRENTLY, a replaced index built under a
-- temporary name, NOT VALID + VALIDATE, SET NOT NULL through a validated
-- CHECK, SET lock_timeout), numbers the transaction groups, and
-- schema_diff_apply applies them with COMMIT between groups.
SELECT format('host=%s port=%s dbname=psd_online_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_online_remote;
\c psd_online_remote
CREATE SCHEMA app;
CREATE TABLE app.parent (id integer PRIMARY KEY);
CREATE TABLE app.t (id integer PRIMARY KEY, a integer NOT NULL, b text, c integer,
                    CONSTRAINT t_c_positive CHECK (c > 0),
                    CONSTRAINT t_a_parent FOREIGN KEY (a) REFERENCES app.parent (id));
CREATE INDEX t_b ON app.t (b);                     -- new
CREATE INDEX t_c ON app.t (c DESC);                -- replaced (was on c ASC)
CREATE TABLE app.fresh (id integer, v text NOT NULL CHECK (v <> ''));
CREATE INDEX fresh_v ON app.fresh (v);             -- a new table's index: plain
\c contrib_regression
CREATE SCHEMA app;
CREATE TABLE app.parent (id integer PRIMARY KEY);
INSERT INTO app.parent SELECT i FROM generate_series(1, 50) i;
CREATE TABLE app.t (id integer PRIMARY KEY, a integer, b text, c integer);
INSERT INTO app.t SELECT i, i, 'b' || i, i FROM generate_series(1, 50) i;
CREATE INDEX t_c ON app.t (c);
CREATE INDEX t_gone ON app.t (a, b);               -- dropped

-- without online: one transaction, as before (transaction 1 everywhere)
SELECT ordinal, kind, identity, action, hazards, transaction
  FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;

-- online: the forms, their hazards and the transaction groups
SELECT ordinal, transaction, hazards, sql
  FROM schema_diff(:'remote', allow_drops => true, online => true) ORDER BY ordinal;
-- a not_transactional statement is alone in its group
SELECT count(*) AS shared_groups_with_not_transactional
  FROM (SELECT transaction, count(*) AS n, bool_or('not_transactional' = ANY (hazards)) AS nt
          FROM schema_diff(:'remote', allow_drops => true, online => true)
         GROUP BY transaction) g
 WHERE g.nt AND g.n > 1;
\set VERBOSITY terse
-- lock_timeout is overridable; a bad value is refused
SELECT sql FROM schema_diff(:'remote', allow_drops => true, online => true,
                            lock_timeout => '250ms') WHERE kind = 'setting';
SELECT * FROM schema_diff(:'remote', online => true, lock_timeout => 'soon');
SELECT * FROM schema_diff(:'remote', online => true, lock_timeout => NULL);
-- allow_hazards sees the online hazards
SELECT count(*) FROM schema_diff(:'remote', allow_drops => true, online => true,
                                 allow_hazards => ARRAY['deletes_data']);

-- the script: BEGIN/COMMIT per group, none around CONCURRENTLY
SELECT regexp_replace(regexp_replace(schema_diff_script(:'remote', allow_drops => true, online => true),
                      '-- generated: [^\n]*', '-- generated: …'), 'host=[^ ]* port=[0-9]*', '…', 'g') AS script;

-- the rehearsal runs CONCURRENTLY statements in their transactional form
SELECT ordinal, ok, transaction, message FROM schema_diff_rehearse(:'remote', allow_drops => true, online => true)
 WHERE message IS NOT NULL ORDER BY ordinal;

-- inside a transaction block: refused at once
BEGIN;
CALL schema_diff_apply(:'remote', allow_drops => true, online => true);
\echo :LAST_ERROR_SQLSTATE
ROLLBACK;

-- expected_digest: the schema changed since it was taken, nothing applied
SELECT schema_digest() AS digest \gset
SELECT schema_digest() = :'digest' AS digest_is_stable;
CREATE TABLE app.extra (id integer);
SELECT schema_digest() = :'digest' AS digest_after_a_change;
CALL schema_diff_apply(:'remote', allow_drops => true, online => true, expected_digest => :'digest');
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) AS indexes_built_so_far FROM pg_indexes WHERE schemaname = 'app' AND indexname = 't_b';
DROP TABLE app.extra;

-- applied for real, with a digest that is current
SELECT schema_digest() AS digest \gset
CALL schema_diff_apply(:'remote', allow_drops => true, online => true, expected_digest => :'digest');
-- nothing left to do, every index valid, no helper left, rows kept
SELECT count(*) AS left_to_do FROM schema_diff(:'remote', allow_drops => true);
SELECT c.relname, i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
 JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'app' ORDER BY 1;
SELECT conname, convalidated FROM pg_constraint
 WHERE connamespace = 'app'::regnamespace ORDER BY 1;
SELECT count(*) AS rows_kept FROM app.t;
SELECT current_setting('lock_timeout') AS lock_timeout_restored;
-- and again: nothing to apply
CALL schema_diff_apply(:'remote', allow_drops => true, online => true);

-- a failing statement: its group is rolled back, the report says which
-- groups were committed (here the NOT VALID constraint) and keeps the SQLSTATE
ALTER TABLE app.t DROP CONSTRAINT t_c_positive;
INSERT INTO app.t VALUES (51, 1, 'b51', -1);
\set VERBOSITY default
CALL schema_diff_apply(:'remote', online => true);
\set VERBOSITY terse
\echo :LAST_ERROR_SQLSTATE
SELECT conname, convalidated FROM pg_constraint WHERE conname = 't_c_positive';
SELECT current_setting('lock_timeout') AS lock_timeout_of_the_session;
DELETE FROM app.t WHERE id = 51;
CALL schema_diff_apply(:'remote', online => true);
SELECT conname, convalidated FROM pg_constraint WHERE conname = 't_c_positive';

-- Other sessions (dblink): one holds a lock on the table, lock_timeout
-- fires and nothing of that group stays; one is applying, a second applier
-- fails at once.
CREATE EXTENSION dblink;
SELECT format('host=%s port=%s dbname=contrib_regression',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS self \gset
\c psd_online_remote
CREATE EXTENSION dblink;
CREATE INDEX t_a ON app.t (a);
ALTER TABLE app.t ADD CONSTRAINT t_b_short CHECK (length(b) < 10);
\c contrib_regression
-- waits for an asynchronous dblink query without holding a snapshot (which
-- CREATE INDEX CONCURRENTLY would wait for): it commits while it polls
CREATE PROCEDURE pg_temp.wait_until_done(conn text) LANGUAGE plpgsql AS $$
BEGIN
    FOR i IN 1 .. 600 LOOP
        COMMIT;
        EXIT WHEN public.dblink_is_busy(conn) = 0;
        PERFORM pg_sleep(0.1);
    END LOOP;
END
$$;
SELECT dblink_connect('holder', :'self');
SELECT dblink_exec('holder', 'BEGIN');
-- as a VACUUM or ANALYZE would (catalog reads go on)
SELECT dblink_exec('holder', 'LOCK TABLE app.t IN SHARE UPDATE EXCLUSIVE MODE');
SET statement_timeout = '60s';
\set VERBOSITY default
CALL schema_diff_apply(:'remote', online => true, lock_timeout => '200ms');
\set VERBOSITY terse
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) AS t_a_indexes FROM pg_class WHERE relname LIKE 't_a%' AND relkind = 'i';
SELECT count(*) AS t_b_short FROM pg_constraint WHERE conname = 't_b_short';
-- the second applier: the first holds the apply lock while it waits for the table
SELECT dblink_connect('applier', :'self');
SELECT dblink_send_query('applier', format('CALL schema_diff_apply(%L, online => true, lock_timeout => %L)',
                                           :'remote', '60s'));
DO $$
BEGIN
    FOR i IN 1 .. 600 LOOP
        EXIT WHEN EXISTS (SELECT FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted
                            AND l.pid <> pg_backend_pid());
        PERFORM pg_sleep(0.1);
    END LOOP;
END
$$;
CALL schema_diff_apply(:'remote', online => true);
\echo :LAST_ERROR_SQLSTATE
SELECT dblink_exec('holder', 'ROLLBACK');
CALL pg_temp.wait_until_done('applier');
SELECT * FROM dblink_get_result('applier') AS r(status text);
SELECT dblink_disconnect('applier');
SELECT dblink_disconnect('holder');
SELECT count(*) AS left_to_do FROM schema_diff(:'remote');
SELECT c.relname, i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
 WHERE c.relname = 't_a';
DROP EXTENSION dblink;
RESET statement_timeout;

DROP SCHEMA app CASCADE;
DROP DATABASE psd_online_remote;
