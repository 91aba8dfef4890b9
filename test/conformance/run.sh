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
	# With a cases.tsv the runner runs only the cases listed there: a case
	# folder missing from it would silently never run.
	for d in "$here"/cases/*/; do
		[ -f "$d/a.sql" ] && [ -f "$d/b.sql" ] || continue
		if ! cut -f2 "$here/cases/cases.tsv" | grep -qx "$(basename "$d")"; then
			echo "run.sh: case folder $(basename "$d") is not listed in cases/cases.tsv" >&2
			exit 2
		fi
	done
fi
exec bash "$runner" "${cases[@]}" --tool "$here/tool.sh '{from}' '{to}'" "$@"
