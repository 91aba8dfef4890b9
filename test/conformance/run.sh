#!/usr/bin/env bash
# run.sh — runs the shared conformance suite (and our own cases) against the
# installed extension. Needs a running server reachable through the PG*
# environment (pg_virtualenv sets it). Extra arguments go to the runner,
# e.g. --only seq,generated.
#   test/conformance/run.sh [--ours] [runner args...]
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
runner="$here/../../../shared/conformance/run"
[ -x "$runner" ] || runner="$(cd "$here/../.." && pwd)/../shared/conformance/run"
cases=()
if [ "${1:-}" = --ours ]; then
	shift
	cases=(--cases "$here/cases" --db-prefix cfo_)
	# cases.tsv holds the options; a case folder missing from it would not run.
	for dir in "$here"/cases/*/; do
		[ -f "$dir/a.sql" ] && [ -f "$dir/b.sql" ] || continue
		name=$(basename "$dir")
		if ! cut -f2 "$here/cases/cases.tsv" | grep -qx "$name"; then
			echo "FAIL $name: not listed in test/conformance/cases/cases.tsv"
			echo "0 passed, 1 failed"
			exit 1
		fi
	done
fi
exec bash "$runner" "${cases[@]}" --tool "$here/tool.sh '{from}' '{to}'" "$@"
