#!/usr/bin/env bash
# cancel_terminate.sh — pg_cancel_backend and pg_terminate_backend stop a
# schema_diff() that waits on a remote which accepted the TCP connection and
# never answers, within seconds; while waiting, the backend shows the
# "Extension" wait event. Needs a running server (PG* environment, e.g. inside
# pg_virtualenv) and python3. Prints "N passed, N failed".
set -uo pipefail
passed=0 failed=0
check() { # check NAME CONDITION-EXIT-CODE
	if [ "$2" = 0 ]; then
		echo "ok - $1"
		passed=$((passed + 1))
	else
		echo "not ok - $1"
		failed=$((failed + 1))
	fi
}

work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
# A listener that accepts and stays silent, for at most 60 seconds.
python3 - >"$work/port" <<'PY' &
import socket, sys, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(8)
print(s.getsockname()[1]); sys.stdout.flush()
s.settimeout(1); held = []; end = time.time() + 60
while time.time() < end:
    try: held.append(s.accept()[0])
    except Exception: pass
PY
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(cat "$work/port")

psql -X -q -c 'CREATE EXTENSION IF NOT EXISTS pgschemadiff' >/dev/null

for how in cancel terminate; do
	app="psd_$how"
	PGAPPNAME=$app psql -X -q -c \
		"SELECT * FROM schema_diff('host=127.0.0.1 port=$port dbname=x connect_timeout=60')" \
		>"$work/$how.out" 2>&1 &
	caller=$!
	waiting=""
	for _ in $(seq 50); do
		waiting=$(psql -X -At -c "SELECT wait_event_type FROM pg_stat_activity WHERE application_name = '$app'")
		[ -n "$waiting" ] && break
		sleep 0.1
	done
	sleep 0.5
	waiting=$(psql -X -At -c "SELECT wait_event_type FROM pg_stat_activity WHERE application_name = '$app'")
	check "$how: the waiting backend shows wait event type Extension (got '$waiting')" \
		"$([ "$waiting" = Extension ]; echo $?)"
	t0=$(date +%s.%N)
	psql -X -At -c "SELECT pg_${how}_backend(pid) FROM pg_stat_activity WHERE application_name = '$app'" >/dev/null
	wait "$caller"
	t1=$(date +%s.%N)
	elapsed=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
	check "$how: the call stopped ${elapsed}s after pg_${how}_backend" \
		"$(awk -v e="$elapsed" 'BEGIN { exit !(e < 2) }'; echo $?)"
	if [ $how = cancel ]; then
		expect="canceling statement due to user request"
	else
		expect="terminating connection due to administrator command"
	fi
	check "$how: the error says \"$expect\"" "$(grep -q "$expect" "$work/$how.out"; echo $?)"
done

# Cancel and terminate while the *local* catalog is read (its views query
# waits on a view another session holds in ACCESS EXCLUSIVE mode): the remote
# read is then in flight, its socket drained by a thread of the backend
# (src/pg/socket_drain.cpp). The call stops at once, and the remote
# connection is closed with it (the thread stopped and joined, on ERROR by
# PG_FINALLY, on FATAL at process exit).
remote_db=psd_drain_remote
psql -X -q -c "DROP DATABASE IF EXISTS $remote_db" -c "CREATE DATABASE $remote_db" >/dev/null
psql -X -q -d $remote_db -c "CREATE TABLE r (id int PRIMARY KEY, t text)" >/dev/null
psql -X -q -c "DROP VIEW IF EXISTS psd_locked_v" -c "CREATE VIEW psd_locked_v AS SELECT 1 AS x" >/dev/null
remote="dbname=$remote_db host=${PGHOST:-localhost} port=${PGPORT:-5432} user=${PGUSER:-$(id -un)} password=${PGPASSWORD:-}"
for how in cancel terminate; do
	PGAPPNAME=psd_holder psql -X -q -c "BEGIN; LOCK TABLE psd_locked_v IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(60)" >/dev/null 2>&1 &
	holder=$!
	sleep 0.5
	app="psd_local_$how"
	PGAPPNAME=$app psql -X -q -c "SELECT count(*) FROM schema_diff('$remote')" >"$work/local_$how.out" 2>&1 &
	caller=$!
	waiting=""
	for _ in $(seq 50); do
		waiting=$(psql -X -At -c "SELECT wait_event_type FROM pg_stat_activity WHERE application_name = '$app'")
		[ "$waiting" = Lock ] && break
		sleep 0.1
	done
	remote_conns=$(psql -X -At -c "SELECT count(*) FROM pg_stat_activity WHERE datname = '$remote_db'")
	check "$how during the local read: it waits on the lock, the remote read open (got '$waiting', $remote_conns remote connection)" \
		"$([ "$waiting" = Lock ] && [ "$remote_conns" = 1 ]; echo $?)"
	t0=$(date +%s.%N)
	psql -X -At -c "SELECT pg_${how}_backend(pid) FROM pg_stat_activity WHERE application_name = '$app'" >/dev/null
	wait "$caller"
	t1=$(date +%s.%N)
	elapsed=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
	left=1
	for _ in $(seq 20); do
		left=$(psql -X -At -c "SELECT count(*) FROM pg_stat_activity WHERE datname = '$remote_db'")
		[ "$left" = 0 ] && break
		sleep 0.1
	done
	check "$how during the local read: stopped ${elapsed}s after pg_${how}_backend, the remote connection closed (left: $left): $(head -c 120 "$work/local_$how.out")" \
		"$(awk -v e="$elapsed" 'BEGIN { exit !(e < 2) }' && [ "$left" = 0 ] &&
		   grep -qE 'canceling statement due to user request|terminating connection due to administrator command' "$work/local_$how.out"; echo $?)"
	psql -X -At -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'psd_holder'" >/dev/null
	wait "$holder" 2>/dev/null
done
# And the same session diffs again after a read that failed while the
# thread ran (lock_timeout during the local read).
PGAPPNAME=psd_holder psql -X -q -c "BEGIN; LOCK TABLE psd_locked_v IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(60)" >/dev/null 2>&1 &
holder=$!
sleep 0.5
n=$(psql -X -At -v ON_ERROR_STOP=0 <<SQL 2>&1
SET lock_timeout = '300ms';
SELECT count(*) FROM schema_diff('$remote');
RESET lock_timeout;
SELECT count(pg_terminate_backend(pid)) > 0 FROM pg_stat_activity WHERE application_name = 'psd_holder';
SELECT pg_sleep(0.3);
SELECT count(*) FROM schema_diff('$remote', allow_drops => true) WHERE sql LIKE 'CREATE TABLE%';
SQL
)
wait "$holder" 2>/dev/null
check "after a read that failed during the local read, the same session diffs again (got: $(echo "$n" | tr '\n' ' ' | head -c 200))" \
	"$(echo "$n" | grep -q 'lock timeout' && [ "$(echo "$n" | tail -n 1)" = 1 ]; echo $?)"
psql -X -q -c "DROP VIEW psd_locked_v" -c "DROP DATABASE $remote_db" >/dev/null

# The silent remote's connections were closed by the backends: none left
# waiting on the server side either.
left=$(psql -X -At -c "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'psd\_%'")
check "no backend left behind (got $left)" "$([ "$left" = 0 ]; echo $?)"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
