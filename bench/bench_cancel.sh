#!/usr/bin/env bash
# bench_cancel.sh — how soon pg_cancel_backend ends a schema_diff() call on a
# large catalog, whatever step the call is in (#9: within 1 s at 20,000
# tables).
#
#   bench/bench_cancel.sh [N]        default 20000 tables
#
# Loads schema A and its changed variant B (../shared/bench/gen_schema.py,
# max(1, N/250) schemas, at most 50) into two databases of a throwaway
# cluster (default settings but autovacuum, fsync and synchronous_commit off,
# as bench_schema_diff.sh), times one whole call from A with B as the remote
# (T, with its DEBUG1 split of where the time goes), then starts calls again
# and cancels each at 5%, 15%, ... 95% of T. For each it prints where the
# call was (the step the split puts at that moment), how long after
# pg_cancel_backend the call returned, and the SQLSTATE it ended with (57014
# expected). Measurements, not assertions: the exit status is 1 only when a
# call did not end with 57014.
# Environment: BENCH_SEED (1), BENCH_WORKDIR (kept if set).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
gen="$here/../../shared/bench/gen_schema.py"
[ -f "$gen" ] || gen=/work/shared/bench/gen_schema.py
n=${1:-20000}
[[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [N]  (N: number of tables)" >&2; exit 2; }

if [ -z "${PGHOST:-}" ]; then
	exec pg_virtualenv -t -o autovacuum=off -o fsync=off -o synchronous_commit=off "$0" "$@"
fi

seed=${BENCH_SEED:-1}
if [ -n "${BENCH_WORKDIR:-}" ]; then
	work=$BENCH_WORKDIR
	mkdir -p "$work"
else
	work=$(mktemp -d /tmp/bench_cancel.XXXXXX)
	trap 'rm -rf "$work"' EXIT
fi
psql_() { psql -X -v ON_ERROR_STOP=1 "$@"; }
now() { date +%s.%N; }
elapsed() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.3f", e - s }'; }

schemas=$((n / 250))
[ "$schemas" -ge 1 ] || schemas=1
[ "$schemas" -le 50 ] || schemas=50
echo "== $n tables over $schemas schemas: generating and loading"
python3 "$gen" --tables "$n" --seed "$seed" --variant a --schemas "$schemas" >"$work/a.sql"
python3 "$gen" --tables "$n" --seed "$seed" --variant b --schemas "$schemas" >"$work/b.sql"
for db in a b; do
	psql_ -q -d postgres -c "DROP DATABASE IF EXISTS bench_cancel_$db" -c "CREATE DATABASE bench_cancel_$db" 2>/dev/null
	psql_ -q -d "bench_cancel_$db" -f "$work/$db.sql" >/dev/null
done
psql_ -q -d bench_cancel_a -c "CREATE EXTENSION pgschemadiff"
remote="dbname=bench_cancel_b host=$PGHOST port=$PGPORT user=$PGUSER password=${PGPASSWORD:-}"
call="SELECT count(*) FROM schema_diff('$remote', allow_drops => true)"

echo "== one whole call"
s=$(now)
PGOPTIONS="-c client_min_messages=debug1" psql_ -q -At -d bench_cancel_a -c "$call" \
	>"$work/whole.out" 2>"$work/whole.err"
e=$(now)
total=$(elapsed "$s" "$e")
split=$(grep -oE 'pgschemadiff timing: .*' "$work/whole.err" | sed 's/pgschemadiff timing: //' | head -n 1)
echo "   $(cat "$work/whole.out") statements in $total s"
echo "   split: $split"
# The steps' end times from the split ("name 1.234 s" items; memory items skipped).
# "plan (total)" and "of which order" sum or repeat other steps: left out.
steps=$(echo "$split" | sed 's/diff, render and order/diff + render + order/' | tr ',' '\n' |
	sed -nE 's/^ *(.*[^ ]) ([0-9.]+) s$/\1|\2/p' | grep -vE '^(of which|plan \(total\))' || true)

phase_at() { # seconds -> the step the split puts there
	echo "$steps" | awk -F'|' -v t="$1" '{ end += $2; if (t <= end) { print $1; found = 1; exit } }
		END { if (!found) print "after the plan (rows out)" }'
}

echo
printf '%-8s %-10s %-40s %-16s %s\n' "at" "seconds" "step (from the split)" "cancel -> end s" "SQLSTATE"
worst=0 bad=0
for pct in 5 15 25 35 45 55 65 75 85 95; do
	at=$(awk -v t="$total" -v p="$pct" 'BEGIN { printf "%.3f", t * p / 100 }')
	app="psd_bench_cancel_$pct"
	PGAPPNAME=$app psql -X -q -At -d bench_cancel_a -v VERBOSITY=verbose -c "$call" \
		>"$work/c.out" 2>"$work/c.err" &
	caller=$!
	sleep "$at"
	t0=$(now)
	psql_ -q -At -d postgres -c "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE application_name = '$app'" >/dev/null
	wait "$caller" || true
	t1=$(now)
	took=$(elapsed "$t0" "$t1")
	state=$(grep -oE 'ERROR: +[0-9A-Z]{5}' "$work/c.err" | awk '{ print $2 }' | head -n 1)
	[ -n "$state" ] || state="(none: $(head -c 60 "$work/c.out"))"
	[ "$state" = 57014 ] || bad=$((bad + 1))
	worst=$(awk -v a="$worst" -v b="$took" 'BEGIN { print (b > a ? b : a) }')
	printf '%-8s %-10s %-40s %-16s %s\n' "$pct%" "$at" "$(phase_at "$at")" "$took" "$state"
done
echo
echo "worst cancel -> end: $worst s over 10 calls ($n tables, whole call $total s); calls not ended by 57014: $bad"
[ "$bad" = 0 ]
