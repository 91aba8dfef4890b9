-- drift_checks: check_drift() records clean / drift / error rows in
-- drift_history, tells (WARNING, NOTIFY payload kept in the row) when the
-- state changes, honours the ignore list; drift_status, prune_drift_history;
-- a non-superuser with a user mapping; schema_diff_script applied with psql.
SELECT current_setting('port') AS port,
       split_part(current_setting('unix_socket_directories'), ',', 1) AS sockdir \gset
SELECT format('host=%s port=%s dbname=psd_drift_remote password=not-needed', :'sockdir', :'port') AS remote \gset
CREATE DATABASE psd_drift_remote;
\c psd_drift_remote
CREATE SCHEMA app;
CREATE TABLE app.account (id int PRIMARY KEY, name text);
CREATE FOREIGN DATA WRAPPER psd_drift_far_fdw;
CREATE SERVER psd_drift_far FOREIGN DATA WRAPPER psd_drift_far_fdw;
CREATE TABLE app.parted (id int) PARTITION BY RANGE (id);
\c contrib_regression
CREATE SCHEMA app;
CREATE TABLE app.account (id int PRIMARY KEY, name text);
CREATE FOREIGN DATA WRAPPER psd_drift_far_fdw;
CREATE SERVER psd_drift_far FOREIGN DATA WRAPPER psd_drift_far_fdw;
CREATE TABLE app.parted (id int) PARTITION BY RANGE (id);

-- who may run checks and read the history: nobody but superusers by default
SELECT has_function_privilege('public', 'check_drift(text, text, text[], text[], boolean, boolean, boolean, boolean, boolean, boolean, text[], boolean, text)', 'EXECUTE') AS public_checks,
       has_function_privilege('public', 'schema_diff_script(text, boolean, text[], text[], boolean, boolean, boolean, boolean, text[], boolean, text[], boolean, text)', 'EXECUTE') AS public_scripts,
       has_table_privilege('public', 'drift_history', 'SELECT') AS public_reads_history,
       has_table_privilege('public', 'drift_status', 'SELECT') AS public_reads_status;

-- clean: a row, no alert
SELECT check_drift('nightly', :'remote', include_schemas => ARRAY['app']);
-- a history row keeps no password
SELECT check_name, regexp_replace(remote, '^host=\S+ port=\d+ ', 'host=... port=... ') AS remote,
       status, statements, destructive, unsupported, ignored, digest, plan,
       unsupported_objects, sqlstate, notification, checked_by = current_user AS by_me,
       duration >= '0'::interval AS timed
  FROM drift_history ORDER BY id;

-- drift appears: WARNING and a notification
\c psd_drift_remote
ALTER TABLE app.account ADD COLUMN email text;
CREATE TABLE app.audit (at timestamptz);
\c contrib_regression
SELECT check_drift('nightly', :'remote', include_schemas => ARRAY['app']);
SELECT status, statements, destructive, length(digest) AS digest_length,
       notification - 'history_id' - 'digest' AS notification,
       notification ->> 'digest' = digest AS payload_digest,
       (notification ->> 'history_id')::bigint = id AS payload_id
  FROM drift_history ORDER BY id DESC LIMIT 1;
SELECT e ->> 'ordinal' AS ordinal, e ->> 'kind' AS kind, e ->> 'identity' AS identity,
       e ->> 'action' AS action, e ->> 'destructive' AS destructive, e ->> 'ignored' AS ignored
  FROM drift_history h, jsonb_array_elements(h.plan) e
 WHERE h.id = (SELECT max(id) FROM drift_history) ORDER BY (e ->> 'ordinal')::int;

-- the same drift again: recorded, not re-told unless asked
SELECT check_drift('nightly', :'remote', include_schemas => ARRAY['app']);
SELECT check_drift('nightly', :'remote', include_schemas => ARRAY['app'], notify_unchanged => true);
SELECT status, notification ->> 'event' AS event FROM drift_history ORDER BY id DESC LIMIT 2;

-- the drift changes (a local table the remote lacks: destructive), new digest
CREATE TABLE app.scratch (id int);
SELECT check_drift('nightly', :'remote', include_schemas => ARRAY['app']);
SELECT h.statements, h.destructive, h.digest <> p.digest AS new_digest, h.notification ->> 'event' AS event
  FROM drift_history h, LATERAL (SELECT digest FROM drift_history WHERE id < h.id ORDER BY id DESC LIMIT 1) p
 ORDER BY h.id DESC LIMIT 1;

-- an object pgschemadiff cannot migrate counts as drift too (a foreign
-- table partition)
\c psd_drift_remote
CREATE FUNCTION app.eq3(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE FOREIGN TABLE app.parted_far PARTITION OF app.parted FOR VALUES FROM (0) TO (10)
    SERVER psd_drift_far;
\c contrib_regression
SELECT check_drift('nightly', :'remote', include_schemas => ARRAY['app']);
SELECT unsupported, unsupported_objects FROM drift_history ORDER BY id DESC LIMIT 1;

-- the ignore list: by kind and LIKE pattern, by regex, for one check or all
INSERT INTO drift_ignore (check_name, kind, pattern, reason)
VALUES ('nightly', 'table', '"app"."scratch"', 'a developer''s scratch table');
INSERT INTO drift_ignore (check_name, kind, pattern, match)
VALUES (NULL, 'foreign table', '^app\.parted_f', 'regex');
INSERT INTO drift_ignore (check_name, kind, pattern, match)
VALUES (NULL, 'function', '"app"."eq3"(%', 'like');
-- a malformed regular expression is refused when it is added
INSERT INTO drift_ignore (pattern, match) VALUES ('(unclosed', 'regex');
SELECT check_drift('nightly', :'remote', include_schemas => ARRAY['app']);
SELECT statements, destructive, unsupported, ignored FROM drift_history ORDER BY id DESC LIMIT 1;
-- the ignore list of another check does not apply
SELECT check_drift('weekly', :'remote', include_schemas => ARRAY['app']);

-- drift clears
DROP TABLE app.scratch;
\c psd_drift_remote
DROP TABLE app.audit;
ALTER TABLE app.account DROP COLUMN email;
DROP FOREIGN TABLE app.parted_far;
DROP FUNCTION app.eq3(int, int);
\c contrib_regression
SELECT check_drift('nightly', :'remote', include_schemas => ARRAY['app']);
SELECT status, digest, notification - 'history_id' AS notification FROM drift_history ORDER BY id DESC LIMIT 1;

-- failures are rows, not errors: unreachable host (password masked) ...
SELECT check_drift('nightly', format('postgresql://someone:s3cret@127.0.0.1:1/psd_drift_remote'));
-- ... a name that is no server, an include_schemas typo, a timeout
SELECT check_drift('nightly', 'no_such_server');
SELECT check_drift('nightly', :'remote', include_schemas => ARRAY['ap']);
-- (a remote that accepts the connection and never answers, as in connections.sql)
CREATE TEMP TABLE listener (port int);
COPY listener FROM PROGRAM $$python3 -c '
import os, socket, sys, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(8)
print(s.getsockname()[1]); sys.stdout.flush()
if os.fork(): sys.exit(0)
os.setsid(); os.close(0); os.close(1); os.close(2)
s.settimeout(30); held = []
end = time.time() + 30
while time.time() < end:
    try: held.append(s.accept()[0])
    except Exception: pass
'$$;
SELECT port AS silent_port FROM listener \gset
SET statement_timeout = '1s';
SELECT check_drift('timeout', format('host=127.0.0.1 port=%s dbname=x connect_timeout=60', :'silent_port'));
RESET statement_timeout;
SELECT check_name, regexp_replace(remote, '^host=\S+ port=\d+ ', 'host=... port=... ') AS remote, status, statements, sqlstate, message, notification ->> 'event' AS event,
       h::text LIKE '%s3cret%' AS password_kept
  FROM drift_history h WHERE status = 'error' ORDER BY id;
-- and the caller's transaction goes on
BEGIN;
SELECT check_drift('in-a-transaction', 'host=127.0.0.1 port=1 dbname=x');
SELECT count(*) AS rows_in_transaction FROM drift_history WHERE check_name = 'in-a-transaction';
COMMIT;
-- NULL arguments are mistakes of the caller: raised
SELECT check_drift(NULL, :'remote');

-- the view: the latest state of each check, and since when
SELECT check_name, status, statements, sqlstate, since <= checked_at AS since_ok
  FROM drift_status ORDER BY check_name;
-- 'nightly' has been failing with 08001 and then 22023: since is the latest row
SELECT since = checked_at AS since_latest FROM drift_status WHERE check_name = 'nightly';

-- pruning keeps the latest row of every check
UPDATE drift_history SET checked_at = checked_at - interval '40 days';
SELECT prune_drift_history(interval '30 days', check_name => 'weekly') AS pruned_weekly;
SELECT prune_drift_history(interval '30 days') AS pruned;
SELECT check_name, status FROM drift_history ORDER BY check_name;
SELECT prune_drift_history(NULL);

-- a non-superuser (as in a pg_cron job it owns) with a user mapping: no
-- password in the call
CREATE ROLE psd_drifter LOGIN PASSWORD 'drift-pw';
GRANT CONNECT ON DATABASE psd_drift_remote TO psd_drifter;
CREATE SCHEMA fdw;
CREATE EXTENSION postgres_fdw SCHEMA fdw;
\set ECHO none
SELECT format('CREATE SERVER psd_drift_srv FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host %L, port %L, dbname %L)',
              '127.0.0.1', :'port', 'psd_drift_remote') \gexec
\set ECHO all
CREATE USER MAPPING FOR psd_drifter SERVER psd_drift_srv OPTIONS (user 'psd_drifter', password 'drift-pw');
GRANT USAGE ON FOREIGN SERVER psd_drift_srv TO psd_drifter;
SET ROLE psd_drifter;
SELECT check_drift('by-role', 'psd_drift_srv');
RESET ROLE;
-- what a role that runs checks is granted (README, "Drift checks")
GRANT EXECUTE ON FUNCTION check_drift(text, text, text[], text[], boolean, boolean, boolean, boolean, boolean, boolean, text[], boolean, text),
                          drift_check_rows(text, boolean, text[], text[], boolean, boolean, boolean, boolean, boolean, text[], boolean, text) TO psd_drifter;
GRANT SELECT, INSERT ON drift_history TO psd_drifter;
GRANT USAGE ON SEQUENCE drift_history_id_seq TO psd_drifter;
GRANT SELECT ON drift_ignore TO psd_drifter;
\c psd_drift_remote
CREATE TABLE app.added (id int);
\c contrib_regression
SET ROLE psd_drifter;
SELECT check_drift('by-role', 'psd_drift_srv', include_schemas => ARRAY['app']);
SELECT check_name, remote, status, statements, checked_by FROM drift_history WHERE check_name = 'by-role';
-- drift_status was not granted: a reader (a monitoring role) needs SELECT on it
SELECT count(*) FROM drift_status;
RESET ROLE;
GRANT SELECT ON drift_status TO psd_drifter;
SET ROLE psd_drifter;
SELECT check_name, remote, status, statements, checked_by FROM drift_status WHERE check_name = 'by-role';
RESET ROLE;

-- a real listener: a second session (through dblink) LISTENs and gets the
-- payloads, in order; unchanged drift sends nothing
CREATE EXTENSION dblink;
SELECT dblink_connect('listener', format('host=%s port=%s dbname=contrib_regression', :'sockdir', :'port'));
SELECT dblink_exec('listener', 'LISTEN pgschemadiff_drift');
SELECT check_drift('listened', :'remote', include_schemas => ARRAY['app']);
SELECT check_drift('listened', :'remote', include_schemas => ARRAY['app']);
CREATE TABLE app.added (id int);
SELECT check_drift('listened', :'remote', include_schemas => ARRAY['app']);
DROP TABLE app.added;
CREATE FUNCTION pg_temp.notifications(expected int)
RETURNS TABLE (channel text, from_us boolean, payload jsonb) LANGUAGE plpgsql AS $$
BEGIN
    CREATE TEMP TABLE got (n serial, channel text, be_pid int, payload jsonb);
    FOR i IN 1..100 LOOP
        INSERT INTO got (channel, be_pid, payload)
        SELECT g.notify_name, g.be_pid, g.extra::jsonb FROM dblink_get_notify('listener') g;
        EXIT WHEN (SELECT count(*) FROM got) >= expected;
        PERFORM pg_sleep(0.05);
    END LOOP;
    RETURN QUERY SELECT g.channel, g.be_pid = pg_backend_pid(), g.payload - 'history_id' - 'digest'
                   FROM got g ORDER BY g.n;
END $$;
SELECT * FROM pg_temp.notifications(2);
SELECT dblink_disconnect('listener');
DROP EXTENSION dblink;

-- schema_diff_script: a header, then one transaction; psql applies it
SELECT schema_diff_script(:'remote', include_schemas => ARRAY['app']) AS script \gset
SELECT regexp_replace(line, 'host=\S+ port=\d+ ', 'host=... port=... ') AS line
  FROM regexp_split_to_table(:'script', E'\n') AS line
 WHERE line NOT LIKE '-- generated: %';
SELECT :'script' ~ '\n-- generated: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC by role \S+\n' AS generated_line;
-- refused over drops as schema_diff is
CREATE TABLE app.local_only (id int, only_here boolean); -- not app.added renamed (detect_renames)
SELECT schema_diff_script(:'remote', include_schemas => ARRAY['app']);
SELECT schema_diff_script(:'remote', allow_drops => true, include_schemas => ARRAY['app']) AS script \gset
SELECT line FROM regexp_split_to_table(:'script', E'\n') AS line
 WHERE line LIKE '-- statements%' OR line LIKE '--   %' OR line LIKE '-- destructive%';
\getenv builddir PG_ABS_BUILDDIR
\set script_file :builddir '/results/drift_checks_script.sql'
SELECT schema_diff_script(:'remote', allow_drops => true, include_schemas => ARRAY['app']) \g (format=unaligned tuples_only=on) :script_file
\set ECHO none
\i :script_file
\set ECHO all
\set ON_ERROR_STOP off
SELECT count(*) AS rows_after_apply FROM schema_diff(:'remote', include_schemas => ARRAY['app']);
SELECT line FROM regexp_split_to_table(schema_diff_script(:'remote', include_schemas => ARRAY['app']), E'\n') AS line
 WHERE line LIKE '-- statements%' OR line LIKE '-- no differences%';

-- clean up
DROP USER MAPPING FOR psd_drifter SERVER psd_drift_srv;
DROP SERVER psd_drift_srv;
DROP EXTENSION postgres_fdw;
DROP SCHEMA fdw;
REVOKE ALL ON FUNCTION check_drift(text, text, text[], text[], boolean, boolean, boolean, boolean, boolean, boolean, text[], boolean, text),
                       drift_check_rows(text, boolean, text[], text[], boolean, boolean, boolean, boolean, boolean, text[], boolean, text) FROM psd_drifter;
REVOKE ALL ON drift_history, drift_history_id_seq, drift_ignore, drift_status FROM psd_drifter;
REVOKE CONNECT ON DATABASE psd_drift_remote FROM psd_drifter;
DROP ROLE psd_drifter;
DELETE FROM drift_history;
DELETE FROM drift_ignore;
DROP SCHEMA app CASCADE;
DROP SERVER psd_drift_far;
DROP FOREIGN DATA WRAPPER psd_drift_far_fdw;
DROP DATABASE psd_drift_remote;
