-- rehearse: schema_diff_rehearse runs the migration here on the real rows,
-- inside a subtransaction that is always rolled back, and reports each
-- statement's outcome, the locks it took and the tables it rewrote; nothing
-- of it survives.
SELECT format('host=%s port=%s dbname=psd_rehearse_remote',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port')) AS remote \gset
CREATE DATABASE psd_rehearse_remote;
\c psd_rehearse_remote
CREATE SCHEMA rw;    -- a rewrite that succeeds, and a scan
CREATE TABLE rw.t (id integer, n bigint, label varchar(20) NOT NULL);
CREATE INDEX t_label ON rw.t (label);
CREATE SCHEMA chk;   -- a CHECK existing rows violate
CREATE TABLE chk.t (id integer, n integer CHECK (n > 0));
CREATE SCHEMA conv;  -- a cast that fails on a real value
CREATE TABLE conv.t (id integer, v integer);
CREATE SCHEMA uniq;  -- a unique index duplicates break
CREATE TABLE uniq.t (id integer, k text);
CREATE UNIQUE INDEX t_k ON uniq.t (k);
\c contrib_regression
CREATE SCHEMA rw;
CREATE TABLE rw.t (id integer, n integer, label varchar(10));
INSERT INTO rw.t SELECT i, i, 'l' || i FROM generate_series(1, 100) i;
CREATE SCHEMA chk;
CREATE TABLE chk.t (id integer, n integer);
INSERT INTO chk.t VALUES (1, 5), (2, -1);
CREATE SCHEMA conv;
CREATE TABLE conv.t (id integer, v text);
INSERT INTO conv.t VALUES (1, '42'), (2, 'forty-two');
CREATE SCHEMA uniq;
CREATE TABLE uniq.t (id integer, k text);
INSERT INTO uniq.t VALUES (1, 'a'), (2, 'a');

-- what must survive unchanged: relations, their storage, columns, rows
CREATE FUNCTION pg_temp.state() RETURNS text LANGUAGE sql AS $$
    SELECT md5(string_agg(concat_ws(' ', n.nspname, c.relname, c.relkind, c.relfilenode,
                                    (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                                                       || ' ' || a.attnotnull, ',' ORDER BY a.attnum)
                                       FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0
                                        AND NOT a.attisdropped),
                                    (SELECT string_agg(k.conname, ',' ORDER BY k.conname)
                                       FROM pg_constraint k WHERE k.conrelid = c.oid)),
                          E'\n' ORDER BY n.nspname, c.relname))
             || (SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM rw.t)
             || (SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM conv.t)
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname IN ('rw', 'chk', 'conv', 'uniq')
$$;
SELECT pg_temp.state() AS before \gset

-- a rewrite and a scan that succeed; the re-diff inside the rehearsal is empty
SELECT ordinal, kind, identity, hazards, ran, ok, sqlstate, message, locks, rewrote,
       duration >= '0'::interval AS timed
FROM schema_diff_rehearse(:'remote', include_schemas => '{rw}') ORDER BY ordinal;
-- a CHECK the rows violate
SELECT ordinal, kind, identity, ran, ok, sqlstate, message, locks, rewrote
FROM schema_diff_rehearse(:'remote', include_schemas => '{chk}') ORDER BY ordinal;
-- a cast that fails on a real value
SELECT ordinal, kind, identity, ran, ok, sqlstate, message, rewrote
FROM schema_diff_rehearse(:'remote', include_schemas => '{conv}') ORDER BY ordinal;
-- a unique index duplicates break
SELECT ordinal, kind, identity, ran, ok, sqlstate, message, detail
FROM schema_diff_rehearse(:'remote', include_schemas => '{uniq}') ORDER BY ordinal;
-- all at once: the first failure stops the rehearsal, the rest are not run
SELECT ordinal, kind, identity, ran, ok, sqlstate
FROM schema_diff_rehearse(:'remote') ORDER BY ordinal;

-- nothing survived: same relations, storage, columns, constraints and rows
SELECT pg_temp.state() = :'before' AS unchanged;
SELECT count(*) AS rows_kept FROM rw.t;
SELECT count(*) AS statements_still_to_run FROM schema_diff(:'remote') WHERE kind <> 'setting';

-- the options are schema_diff's: allow_hazards refuses before anything runs
\set VERBOSITY terse
SELECT count(*) FROM schema_diff_rehearse(:'remote', include_schemas => '{rw}',
                                          allow_hazards => '{access_exclusive_lock}');
\set VERBOSITY default
-- it runs inside the caller's transaction and leaves it usable
BEGIN;
SELECT count(*) AS rows FROM schema_diff_rehearse(:'remote', include_schemas => '{rw}');
SELECT format_type(atttypid, atttypmod) AS n_type FROM pg_attribute
 WHERE attrelid = 'rw.t'::regclass AND attname = 'n';
COMMIT;
SELECT has_function_privilege('public',
    'schema_diff_rehearse(text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[], boolean, text)',
    'EXECUTE') AS public_can_rehearse;

DROP SCHEMA rw, chk, conv, uniq CASCADE;
DROP DATABASE psd_rehearse_remote;
