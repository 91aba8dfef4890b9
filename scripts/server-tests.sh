#!/usr/bin/env bash
# server-tests.sh — the tests that need a running server: pg_regress
# (make installcheck), the conformance suites and the judges in ../shared
# (realworld, pgdump-objects). Run inside pg_virtualenv (scripts/test.sh
# does). Writes "<suite> <passed> <failed>" lines to $1.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
counts=$1
server_log=$(ls -t "${PG_CLUSTER_CONF_ROOT%/postgresql}"/log/*.log /var/log/postgresql/postgresql-*-regress.log 2>/dev/null | head -n 1)

echo "== pg_regress (make installcheck)"
make -s installcheck 2>&1 | tee /tmp/psd-regress.out
total=$(grep -oE '(All )?[0-9]+ (of [0-9]+ )?tests (passed|failed)' /tmp/psd-regress.out | tail -n 1)
if [[ "$total" =~ ^All\ ([0-9]+)\ tests\ passed ]]; then
	echo "regress ${BASH_REMATCH[1]} 0" >>"$counts"
elif [[ "$total" =~ ^([0-9]+)\ of\ ([0-9]+)\ tests\ failed ]]; then
	echo "regress $((BASH_REMATCH[2] - BASH_REMATCH[1])) ${BASH_REMATCH[1]}" >>"$counts"
	[ -f regression.diffs ] && head -n 200 regression.diffs
else
	echo "regress 0 1" >>"$counts"
fi

echo "== conformance: the shared migra suite"
gate=test/conformance/gate.txt
work=$(mktemp -d /tmp/psd-conformance.XXXXXX)
test/conformance/run.sh --workdir "$work" | tee /tmp/psd-conformance.out
passed=0 failed=0 xfail=0
while IFS=$'\t' read -r status name reason; do
	if grep -qx "$name" "$gate"; then
		if [ "$status" = PASS ]; then passed=$((passed + 1)); else
			failed=$((failed + 1))
			echo "GATED CASE FAILED: $name: $reason"
		fi
	elif [ "$status" = PASS ]; then
		passed=$((passed + 1))
		echo "note: $name passes but is not in $gate yet: add it"
	else
		xfail=$((xfail + 1))
	fi
done <"$work/results.tsv"
echo "conformance (shared suite): $passed passed, $failed failed, $xfail known failures (object kinds of issue #3, listed above)"
echo "conformance $passed $failed" >>"$counts"

echo "== conformance: our own cases (test/conformance/cases)"
out=$(test/conformance/run.sh --ours | tee >(cat >&2) | tail -n 1)
if [[ "$out" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed ]]; then
	echo "own-cases ${BASH_REMATCH[1]} ${BASH_REMATCH[2]}" >>"$counts"
else
	echo "own-cases 0 1" >>"$counts"
fi

echo "== realworld: real projects' schema histories (../shared/realworld)"
realworld=../shared/realworld/run
[ -x "$realworld" ] || realworld="$(cd .. && pwd)/shared/realworld/run"
out=$(bash "$realworld" 2>&1 | tee >(cat >&2) | tail -n 1)
if [[ "$out" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed ]]; then
	echo "realworld ${BASH_REMATCH[1]} ${BASH_REMATCH[2]}" >>"$counts"
else
	echo "realworld 0 1" >>"$counts"
fi

echo "== pgdump-objects: the objects of PostgreSQL's own pg_dump test (../shared/pgdump-objects)"
# empty -> objects, objects -> empty, objects -> objects, each judged by
# pg_dump --schema-only; the judge's own pass/fail count is kept as it is.
pgdump_objects=../shared/pgdump-objects/run
[ -x "$pgdump_objects" ] || pgdump_objects="$(cd .. && pwd)/shared/pgdump-objects/run"
out=$(bash "$pgdump_objects" -v 2>&1 | tee >(cat >&2) | tail -n 1)
if [[ "$out" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed ]]; then
	echo "pgdump-objects ${BASH_REMATCH[1]} ${BASH_REMATCH[2]}" >>"$counts"
else
	echo "pgdump-objects 0 1" >>"$counts"
fi

echo "== shell tests (test/shell): cancel/terminate of a silent remote, pg_cron drift check"
for t in test/shell/*.sh; do
	out=$(bash "$t" 2>&1 | tee >(cat >&2) | tail -n 1)
	if [[ "$out" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed ]]; then
		echo "shell ${BASH_REMATCH[1]} ${BASH_REMATCH[2]}" >>"$counts"
	else
		echo "shell 0 1" >>"$counts"
	fi
done

echo "== ordering check: the conformance cases again, ties broken in reverse phase order"
# pgschemadiff.reverse_ties: among statements no dependency edge orders, the
# last phase runs first. A case that still applies was ordered by the graph
# alone; the cases that do (test/conformance/reverse_ties_gate.txt) must keep
# doing so. The others still lean on the phases (issue #8): listed, not counted.
rgate=test/conformance/reverse_ties_gate.txt
rpassed=0 rfailed=0 rknown=0
for set in shared ours; do
	rwork=$(mktemp -d /tmp/psd-reverse.XXXXXX)
	if [ $set = ours ]; then
		PGOPTIONS="-c pgschemadiff.reverse_ties=on" test/conformance/run.sh --ours --workdir "$rwork" >/tmp/psd-reverse-$set.out 2>&1
	else
		PGOPTIONS="-c pgschemadiff.reverse_ties=on" test/conformance/run.sh --workdir "$rwork" >/tmp/psd-reverse-$set.out 2>&1
	fi
	while IFS=$'\t' read -r status name reason; do
		if grep -qx "$name" "$rgate"; then
			if [ "$status" = PASS ]; then rpassed=$((rpassed + 1)); else
				rfailed=$((rfailed + 1))
				echo "GATED CASE FAILED WITH REVERSED TIES: $name: $reason"
			fi
		elif [ "$status" = PASS ]; then
			rpassed=$((rpassed + 1))
			echo "note: $name now passes with reversed ties: add it to $rgate"
		else
			rknown=$((rknown + 1))
			echo "still ordered by the phases: $name"
		fi
	done <"$rwork/results.tsv"
	rm -rf "$rwork"
done
echo "ordering check: $rpassed passed, $rfailed failed, $rknown still ordered by the phases"
echo "reverse-ties $rpassed $rfailed" >>"$counts"

echo "== benchmark smoke run (bench/bench_schema_diff.sh at 1,000 tables, one run; figures not asserted)"
# The full benchmark (5,000 to 50,000 tables) runs on demand; this keeps it
# from rotting: it fails when schema_diff fails, the migration does not apply,
# the second diff is not empty or identical schemas give statements.
if BENCH_RUNS=1 bash bench/bench_schema_diff.sh 1000 >/tmp/psd-bench-smoke.out 2>&1; then
	echo "bench-smoke 1 0" >>"$counts"
	tail -n 12 /tmp/psd-bench-smoke.out
else
	echo "bench-smoke 0 1" >>"$counts"
	tail -n 40 /tmp/psd-bench-smoke.out
fi

echo "== cross-version: remote PostgreSQL 13, 17 and 18 (test/crossversion; all majors and case sets on demand)"
# The case sets that fit the time budget (~5 min for the three majors); the
# 57 own conformance cases as well with: test/crossversion/run.sh [MAJOR ...]
out=$(XV_SETS="xversion migra realworld" bash test/crossversion/run.sh 13 17 18 2>&1 | tee >(cat >&2) | tail -n 1)
if [[ "$out" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed ]]; then
	echo "crossversion ${BASH_REMATCH[1]} ${BASH_REMATCH[2]}" >>"$counts"
else
	echo "crossversion 0 1" >>"$counts"
fi

echo "== server log: no backend crashed"
if [ -n "$server_log" ] && grep -E "terminated by signal|server process .* was terminated" "$server_log"; then
	echo "crash-check 0 1" >>"$counts"
else
	echo "crash-check 1 0" >>"$counts"
fi
