#!/usr/bin/env bash
# pg_cron.sh — a drift check scheduled with pg_cron runs schema_diff() in a
# pg_cron background worker (no client connection: MyProcPort is NULL there)
# and records how many statements the migration would have. Needs a server
# started with shared_preload_libraries=pg_cron, cron.database_name=postgres
# and cron.use_background_workers=on (scripts/test.sh starts it so); skips
# with a failure line otherwise. Prints "N passed, N failed".
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
q -q -c "DROP DATABASE IF EXISTS psd_cron_remote" -c "CREATE DATABASE psd_cron_remote"
q -q -d psd_cron_remote -c "CREATE TABLE drifted (id int PRIMARY KEY)"
q -q <<'SQL'
CREATE EXTENSION IF NOT EXISTS pg_cron;
CREATE EXTENSION IF NOT EXISTS pgschemadiff;
DROP SCHEMA IF EXISTS drift CASCADE;
CREATE SCHEMA drift;
CREATE TABLE drift.log (checked_at timestamptz DEFAULT now(), statements int, destructive int);
SQL
sockdir=$(q -c "SELECT split_part(current_setting('unix_socket_directories'), ',', 1)")
port=$(q -c "SHOW port")
job=$(q -c "SELECT cron.schedule('psd-drift', '* * * * *', \$\$
    INSERT INTO drift.log (statements, destructive)
    SELECT count(*), count(*) FILTER (WHERE destructive)
    FROM schema_diff('host=$sockdir port=$port dbname=psd_cron_remote',
                       allow_drops => true, include_schemas => ARRAY['public'])
\$\$)")
check "job scheduled (id $job)" "$([ -n "$job" ]; echo $?)"

# pg_cron runs jobs at the top of each minute: wait for one run (at most 75 s).
status=""
for _ in $(seq 75); do
	status=$(q -c "SELECT status FROM cron.job_run_details WHERE jobid = $job AND status IN ('succeeded', 'failed') ORDER BY runid DESC LIMIT 1")
	[ -n "$status" ] && break
	sleep 1
done
message=$(q -c "SELECT return_message FROM cron.job_run_details WHERE jobid = $job ORDER BY runid DESC LIMIT 1")
check "the scheduled drift check succeeded (status '$status': $message)" "$([ "$status" = succeeded ]; echo $?)"
row=$(q -c "SELECT statements || ' ' || destructive FROM drift.log ORDER BY checked_at DESC LIMIT 1")
# The reference lacks the missing table and its key, and has no pg_cron
# (whose extension lives in schema public here): 3 statements, 1 a drop.
check "it recorded the drift: 3 statements, 1 destructive (got '$row')" \
	"$([ "$row" = "3 1" ]; echo $?)"

q -q -c "SELECT cron.unschedule($job)" -c "DROP SCHEMA drift CASCADE" -c "DROP EXTENSION pg_cron" >/dev/null
q -q -c "DROP DATABASE psd_cron_remote"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
