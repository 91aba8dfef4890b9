#!/usr/bin/env bash
# test.sh — runs every test, from a fresh Debian 12 machine: installs the
# packages, builds, runs the core's unit tests (ctest), then starts a
# throwaway cluster (pg_virtualenv) for pg_regress and the conformance
# suites. Ends with one line "N passed, N failed"; exits non-zero on failure.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/install-deps.sh || { echo "0 passed, 1 failed"; exit 1; }
scripts/build.sh || { echo "0 passed, 1 failed"; exit 1; }

counts=$(mktemp)
echo "== unit tests (ctest)"
(cd "${PSD_BUILD_DIR:-build}" && ctest --output-on-failure 2>&1) | tee /tmp/psd-ctest.out
if [[ "$(grep -E 'tests passed, [0-9]+ tests failed out of' /tmp/psd-ctest.out)" =~ ([0-9]+)\ tests\ failed\ out\ of\ ([0-9]+) ]]; then
	echo "unit $((BASH_REMATCH[2] - BASH_REMATCH[1])) ${BASH_REMATCH[1]}" >>"$counts"
else
	echo "unit 0 1" >>"$counts"
fi

scripts/ensure-traversable.sh
# pg_cron preloaded (test/shell/pg_cron.sh runs a scheduled drift check in a background worker)
pg_virtualenv -t -o shared_preload_libraries=pg_cron -o cron.database_name=postgres \
	-o cron.use_background_workers=on -o max_worker_processes=16 \
	bash scripts/server-tests.sh "$counts" || echo "server-tests 0 1" >>"$counts"

echo "== summary"
passed=0 failed=0
while read -r suite p f; do
	printf '%-14s %4d passed, %d failed\n' "$suite" "$p" "$f"
	passed=$((passed + p))
	failed=$((failed + f))
done <"$counts"
rm -f "$counts"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
