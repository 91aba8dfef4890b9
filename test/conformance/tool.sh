#!/usr/bin/env bash
# tool.sh — plugs schema_diff() into ../shared/conformance/run.
#   tool.sh FROM_URL TO_URL
# Installs the extension in A, prints the migration (A -> B) on stdout, and
# checks migra's rule that a second diff after applying it is empty: the
# migration is applied to A inside a transaction that is rolled back, and
# schema_diff() must then return no rows. Case options arrive as CF_OPT_*.
set -euo pipefail
from=$1
to=$2

sql_array() { # comma separated names -> ARRAY['a','b']::text[]
	local IFS=, out="" item
	for item in $1; do
		out+="${out:+, }'${item//\'/\'\'}'"
	done
	printf "ARRAY[%s]::text[]" "$out"
}

args="allow_drops => true"
# allow_drops=false: the migration must need no drop (renames, issue #10)
[ "${CF_OPT_ALLOW_DROPS:-true}" = false ] && args="allow_drops => false"
[ -n "${CF_OPT_SCHEMA:-}" ] && args+=", include_schemas => $(sql_array "$CF_OPT_SCHEMA")"
[ -n "${CF_OPT_EXCLUDE_SCHEMA:-}" ] && args+=", exclude_schemas => $(sql_array "$CF_OPT_EXCLUDE_SCHEMA")"
[ "${CF_OPT_IGNORE_EXTENSION_VERSIONS:-false}" = true ] && args+=", ignore_extension_versions => true"
[ "${CF_OPT_WITH_PRIVILEGES:-false}" = true ] && args+=", with_privileges => true"
[ "${CF_OPT_CREATE_EXTENSIONS_ONLY:-false}" = true ] && args+=", create_extensions_only => true"
# the oracle compares owners when the case asks (with_owner=true): so do we
[ "${CF_OPT_WITH_OWNER:-false}" = true ] && args+=", with_owners => true"

psql_from() { psql -X -q -At -v ON_ERROR_STOP=1 -v to="$to" -d "$from" "$@"; }

psql_from -c 'CREATE EXTENSION IF NOT EXISTS pgschemadiff' >/dev/null
migration=$(mktemp)
trap 'rm -f "$migration"' EXIT
psql_from -o "$migration" <<SQL
SELECT sql FROM schema_diff(:'to', $args) ORDER BY ordinal;
SQL

# Second diff after applying must be empty.
check_err=$(mktemp)
trap 'rm -f "$migration" "$check_err"' EXIT
residual=$(
	{
		echo 'BEGIN;'
		# The runner applies the migration as the case's owner role, if any.
		[ -n "${CF_OPT_OWNER:-}" ] && echo "SET ROLE \"$CF_OPT_OWNER\";"
		cat "$migration"
		echo
		[ -n "${CF_OPT_OWNER:-}" ] && echo 'RESET ROLE;'
		echo "SELECT count(*) FROM schema_diff(:'to', $args);"
		echo 'ROLLBACK;'
	} | PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=error" psql_from 2>"$check_err" | tail -n 1
) || true
if [ "$residual" != 0 ]; then
	echo "tool.sh: applying the migration, or the second diff after it, failed (rows left: ${residual:-none}): $(head -c 300 "$check_err")" >&2
	exit 1
fi
cat "$migration"
