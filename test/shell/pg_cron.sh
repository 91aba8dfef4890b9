#!/usr/bin/env bash
# pg_cron.sh — drift checks scheduled with pg_cron run check_drift() in a
# pg_cron background worker (no client connection: MyProcPort is NULL there),
# as a non-superuser that owns the jobs and has user mappings (no password in
# the job text), and record their history: a clean row, then — after the
# remote changes — a drift row and a NOTIFY on pgschemadiff_drift (a psql
# session LISTENs), and an error row for a server on a closed port. Needs a
# server started with shared_preload_libraries=pg_cron,
# cron.database_name=postgres and cron.use_background_workers=on
# (scripts/test.sh starts it so); fails otherwise. Prints "N passed, N failed".
set -uo pipefail
passed=0 failed=0
check() {
	if [ "$2" = 0 ]; then
		echo "ok - $1"
		passed=$((passed + 1))
	else
		echo "not ok - $1"
		failed=$((failed + 1))
	fi
}
q() { psql -X -At -v ON_ERROR_STOP=1 "$@"; }

preload=$(q -c "SHOW shared_preload_libraries")
if [[ "$preload" != *pg_cron* ]]; then
	check "server runs with pg_cron preloaded (got '$preload')" 1
	echo "$passed passed, $failed failed"
	exit 1
fi
port=$(q -c "SHOW port")
q -q -c "DROP DATABASE IF EXISTS psd_cron_remote" -c "CREATE DATABASE psd_cron_remote"
q -q -d psd_cron_remote -c "CREATE SCHEMA app" -c "CREATE TABLE app.account (id int PRIMARY KEY)"
q -q <<SQL
CREATE EXTENSION IF NOT EXISTS pg_cron;
CREATE EXTENSION IF NOT EXISTS pgschemadiff;
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
DROP SCHEMA IF EXISTS app CASCADE;
CREATE SCHEMA app;
CREATE TABLE app.account (id int PRIMARY KEY);
DELETE FROM drift_history WHERE check_name LIKE 'cron-%';
DROP ROLE IF EXISTS psd_cron_user;
CREATE ROLE psd_cron_user LOGIN PASSWORD 'cron-pw';
-- under a statement_timeout, as a careful DBA sets it for job owners
ALTER ROLE psd_cron_user SET statement_timeout = '30s';
GRANT USAGE ON SCHEMA cron TO psd_cron_user;
-- what a role that runs drift checks is granted (README, "Drift checks")
GRANT EXECUTE ON FUNCTION check_drift(text, text, text[], text[], boolean, boolean, boolean, boolean, boolean, boolean, text[], boolean, text),
                          drift_check_rows(text, boolean, text[], text[], boolean, boolean, boolean, boolean, boolean, text[], boolean, text) TO psd_cron_user;
GRANT SELECT, INSERT ON drift_history TO psd_cron_user;
GRANT USAGE ON SEQUENCE drift_history_id_seq TO psd_cron_user;
GRANT SELECT ON drift_ignore TO psd_cron_user;
CREATE SERVER psd_cron_ref FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '127.0.0.1', port '$port', dbname 'psd_cron_remote');
CREATE SERVER psd_cron_down FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '127.0.0.1', port '1', dbname 'psd_cron_remote');
CREATE USER MAPPING FOR psd_cron_user SERVER psd_cron_ref OPTIONS (user 'psd_cron_user', password 'cron-pw');
CREATE USER MAPPING FOR psd_cron_user SERVER psd_cron_down OPTIONS (user 'psd_cron_user', password 'cron-pw');
GRANT USAGE ON FOREIGN SERVER psd_cron_ref, psd_cron_down TO psd_cron_user;
SQL

# A listener, as an alerting daemon would run one (stopped at the end).
listen_out=$(mktemp /tmp/psd-cron-listen.XXXXXX)
{
	echo "LISTEN pgschemadiff_drift;"
	for _ in $(seq 240); do echo "SELECT pg_sleep(1);"; done
} | psql -X -q -At >"$listen_out" 2>&1 &
listener=$!

# The jobs belong to the non-superuser; their text holds no password.
jobs=$(q <<'SQL'
SET ROLE psd_cron_user;
SELECT cron.schedule('psd-drift-ref', '* * * * *',
    $$SELECT check_drift('cron-ref', 'psd_cron_ref', include_schemas => ARRAY['app'])$$);
SELECT cron.schedule('psd-drift-down', '* * * * *',
    $$SELECT check_drift('cron-down', 'psd_cron_down', include_schemas => ARRAY['app'])$$);
SQL
)
job_ref=$(echo "$jobs" | sed -n 2p)
job_down=$(echo "$jobs" | sed -n 3p)
check "jobs scheduled by psd_cron_user (ids $job_ref, $job_down)" \
	"$([ -n "$job_ref" ] && [ -n "$job_down" ] && [ "$(q -c "SELECT string_agg(DISTINCT username, ',') FROM cron.job WHERE jobid IN ($job_ref, $job_down)")" = psd_cron_user ]; echo $?)"

# pg_cron runs jobs at the top of each minute: wait until `check` has a
# history row newer than `after` (at most 75 s).
wait_row() {
	local check=$1 after=$2 id=""
	for _ in $(seq 75); do
		id=$(q -c "SELECT max(id) FROM drift_history WHERE check_name = '$check' AND id > $after")
		[ -n "$id" ] && break
		sleep 1
	done
	echo "${id:-0}"
}
ref1=$(wait_row cron-ref 0)
down1=$(wait_row cron-down 0)
row=$(q -c "SELECT status, statements, checked_by FROM drift_history WHERE id = $ref1")
check "first run against the reference: a clean row by psd_cron_user (got '$row')" \
	"$([ "$row" = "clean|0|psd_cron_user" ]; echo $?)"
row=$(q -c "SELECT status, sqlstate, remote, message FROM drift_history WHERE id = $down1")
check "a server on a closed port: an error row, 08001 (got '$row')" \
	"$([ "$row" = 'error|08001|psd_cron_down|could not connect to server "psd_cron_down"' ]; echo $?)"
runs=$(q -c "SELECT string_agg(DISTINCT status, ',') FROM cron.job_run_details WHERE jobid IN ($job_ref, $job_down)")
check "both job runs succeeded: a failed check is a row, not a failed job (got '$runs')" \
	"$([ "$runs" = succeeded ]; echo $?)"

# The remote changes: the next run records drift and notifies.
q -q -d psd_cron_remote -c "CREATE TABLE app.added (id int)"
ref2=$(wait_row cron-ref "$ref1")
row=$(q -c "SELECT status, statements, destructive, notification ->> 'event' FROM drift_history WHERE id = $ref2")
check "after the remote changed: a drift row, 1 statement, event appeared (got '$row')" \
	"$([ "$row" = "drift|1|0|appeared" ]; echo $?)"
down2=$(wait_row cron-down "$down1")
row=$(q -c "SELECT status, notification IS NULL FROM drift_history WHERE id = $down2")
check "the same error again: recorded, not notified again (got '$row')" \
	"$([ "$row" = "error|t" ]; echo $?)"
view=$(q -c "SELECT string_agg(check_name || '=' || status, ' ' ORDER BY check_name) FROM drift_status WHERE check_name LIKE 'cron-%'")
check "drift_status shows the latest state of each check (got '$view')" \
	"$([ "$view" = "cron-down=error cron-ref=drift" ]; echo $?)"

# pg_dump keeps the history (pg_extension_config_dump)
dumped=$(pg_dump -d postgres 2>/dev/null | sed -n '/^COPY public.drift_history /,/^\\\.$/p' | grep -c 'cron-ref')
check "pg_dump of the database holds the history rows of cron-ref (got $dumped)" \
	"$([ "$dumped" -ge 2 ]; echo $?)"

# psql prints a notification after the query it is running (a pg_sleep) ends
for _ in $(seq 20); do
	[ "$(grep -c 'Asynchronous notification' "$listen_out")" -ge 2 ] && break
	sleep 0.5
done
kill "$listener" 2>/dev/null
wait "$listener" 2>/dev/null
note=$(grep -o 'Asynchronous notification "pgschemadiff_drift" with payload "[^"]*' "$listen_out" | grep -c '')
appeared=$(grep -c '"check": "cron-ref", "event": "appeared"' <(sed 's/\\"/"/g' "$listen_out"))
failedn=$(grep -c '"check": "cron-down", "event": "failed"' <(sed 's/\\"/"/g' "$listen_out"))
check "the listener got the drift and the failure, once each ($note notifications: appeared $appeared, failed $failedn)" \
	"$([ "$appeared" = 1 ] && [ "$failedn" = 1 ]; echo $?)"
rm -f "$listen_out"

q -q -c "SELECT cron.unschedule($job_ref)" -c "SELECT cron.unschedule($job_down)" >/dev/null
q -q <<'SQL'
DROP USER MAPPING FOR psd_cron_user SERVER psd_cron_ref;
DROP USER MAPPING FOR psd_cron_user SERVER psd_cron_down;
DROP SERVER psd_cron_ref;
DROP SERVER psd_cron_down;
DROP EXTENSION postgres_fdw;
DELETE FROM drift_history WHERE check_name LIKE 'cron-%';
REVOKE ALL ON FUNCTION check_drift(text, text, text[], text[], boolean, boolean, boolean, boolean, boolean, boolean, text[], boolean, text),
                       drift_check_rows(text, boolean, text[], text[], boolean, boolean, boolean, boolean, boolean, text[], boolean, text) FROM psd_cron_user;
REVOKE ALL ON drift_history, drift_history_id_seq, drift_ignore FROM psd_cron_user;
REVOKE USAGE ON SCHEMA cron FROM psd_cron_user;
DELETE FROM cron.job_run_details WHERE username = 'psd_cron_user';
DROP SCHEMA app CASCADE;
DROP EXTENSION pg_cron;
DROP ROLE psd_cron_user;
SQL
q -q -c "DROP DATABASE psd_cron_remote"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
