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
fi
exec bash "$runner" "${cases[@]}" --tool "$here/tool.sh '{from}' '{to}'" "$@"
