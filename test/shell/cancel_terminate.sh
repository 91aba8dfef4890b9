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

# The silent remote's connections were closed by the backends: none left
# waiting on the server side either.
left=$(psql -X -At -c "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'psd\_%'")
check "no backend left behind (got $left)" "$([ "$left" = 0 ]; echo $?)"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
