#!/usr/bin/env bash
# tool.sh — the cross-version plug-in for ../shared/conformance/run (see
# run.sh beside it). The runner has loaded a.sql into A and b.sql into B on
# the local PostgreSQL 15; this tool loads the same target (b.sql and the
# case's b_extra files, under the case's owner role) into a database of the
# *remote* cluster of another major (XV_MAJOR on localhost:XV_PORT) and then
#   (a) identical schemas: schema_diff from local B to the remote must
#       return no rows (result appended to $XV_WORK/identical.tsv);
#   (b) migration: prints schema_diff from A to the remote on stdout; the
#       runner applies it to A and compares pg_dump -s of A with local B;
#       here it is also applied in a rolled-back transaction after which a
#       second schema_diff must return no rows; with the case option
#       expect_rows=N the migration must have exactly N statements.
# A target that the remote major cannot load (a feature newer than it) is
# not applicable: exit 3 with "not applicable on PostgreSQL N: <error>".
# Extension versions 15 does not ship are not compared (see below).
#   tool.sh FROM_URL TO_URL      (env: XV_MAJOR XV_PORT XV_WORK, CF_* from the runner)
set -euo pipefail
from=$1
to=$2
: "${XV_MAJOR:?}" "${XV_PORT:?}" "${XV_WORK:?}"

sql_array() { # comma separated names -> ARRAY['a','b']::text[]
	local IFS=, out="" item
	for item in $1; do
		out+="${out:+, }'${item//\'/\'\'}'"
	done
	printf "ARRAY[%s]::text[]" "$out"
}

args="allow_drops => true"
[ -n "${CF_OPT_SCHEMA:-}" ] && args+=", include_schemas => $(sql_array "$CF_OPT_SCHEMA")"
[ -n "${CF_OPT_EXCLUDE_SCHEMA:-}" ] && args+=", exclude_schemas => $(sql_array "$CF_OPT_EXCLUDE_SCHEMA")"
[ "${CF_OPT_IGNORE_EXTENSION_VERSIONS:-false}" = true ] && args+=", ignore_extension_versions => true"
[ "${CF_OPT_WITH_PRIVILEGES:-false}" = true ] && args+=", with_privileges => true"
[ "${CF_OPT_CREATE_EXTENSIONS_ONLY:-false}" = true ] && args+=", create_extensions_only => true"

# ---- the target on the remote major
remote_psql() { psql -X -q -At -v ON_ERROR_STOP=1 -h localhost -p "$XV_PORT" -U postgres "$@"; }
db="xv_${CF_CASE}"
roles=$(awk -F'\t' -v n="$CF_CASE" '$1 == n { print $4 }' "$(dirname "$CF_CASE_DIR")/cases.tsv" 2>/dev/null || true)
[ "$roles" = - ] && roles=""
owner=${CF_OPT_OWNER:-}
for r in ${roles//,/ } $owner; do
	remote_psql -d postgres -v r="$r" >/dev/null <<'SQL'
SELECT format('CREATE ROLE %I NOLOGIN', :'r') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'r') \gexec
SQL
done
remote_psql -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null
if [ -n "$owner" ]; then
	remote_psql -d postgres -c "CREATE DATABASE \"$db\" TEMPLATE template0 OWNER \"$owner\"" >/dev/null
else
	remote_psql -d postgres -c "CREATE DATABASE \"$db\" TEMPLATE template0" >/dev/null
fi
# PostgreSQL 15 revoked CREATE on schema public from PUBLIC; a database made
# by 13 or 14 still grants it. Both sides start from 15's default so that
# the fixtures, not the initdb defaults, are compared (documented in README).
# And on 15 schema public belongs to pg_database_owner, i.e. the owner role.
remote_psql -d "$db" -c 'REVOKE CREATE ON SCHEMA public FROM PUBLIC' >/dev/null
if [ -n "$owner" ] && [ "$XV_MAJOR" -lt 15 ]; then
	remote_psql -d "$db" -c "ALTER SCHEMA public OWNER TO \"$owner\"" >/dev/null
fi
files=(-f "$CF_CASE_DIR/b.sql")
if [ -n "${CF_OPT_B_EXTRA:-}" ]; then
	IFS='+' read -ra extra <<<"$CF_OPT_B_EXTRA"
	for f in "${extra[@]}"; do files+=(-f "$CF_CASE_DIR/$f"); done
fi
setrole=()
[ -n "$owner" ] && setrole=(-c "SET ROLE \"$owner\"")
load_log=$(mktemp)
trap 'rm -f "$load_log"' EXIT
if ! PGOPTIONS="-c client_min_messages=warning" remote_psql -d "$db" "${setrole[@]+"${setrole[@]}"}" "${files[@]}" >"$load_log" 2>&1; then
	echo "not applicable on PostgreSQL $XV_MAJOR: $(grep -m1 ERROR "$load_log" | cut -c1-200)" >&2
	exit 3
fi
remote="postgresql://postgres@localhost:$XV_PORT/$db"

# Extension versions are per major (13 ships btree_gist 1.5, 15 ships 1.7).
# When the target loaded on the remote has other extension versions than the
# same target loaded here (B; default versions, not pinned ones), versions
# are not compared across majors (ignore_extension_versions): the oracle
# still compares A's versions with B's.
if [ "${CF_OPT_IGNORE_EXTENSION_VERSIONS:-false}" != true ]; then
	ext_query="SELECT extname || ' ' || extversion FROM pg_extension WHERE extname NOT IN ('plpgsql', 'pgschemadiff') ORDER BY 1"
	remote_exts=$(remote_psql -d "$db" -c "$ext_query")
	local_exts=$(psql -X -At -d "$to" -c "$ext_query")
	if [ "$remote_exts" != "$local_exts" ]; then
		echo "note: extension versions differ between PostgreSQL $XV_MAJOR and 15 ($(tr '\n' ' ' <<<"$remote_exts")): not compared" >&2
		args+=", ignore_extension_versions => true"
	fi
fi

psql_local() { # psql_local URL ...
	local url=$1
	shift
	PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=error" \
		psql -X -q -At -v ON_ERROR_STOP=1 -v remote="$remote" -d "$url" "$@"
}

# ---- (a) identical schemas: local B (15) against the remote (N)
psql_local "$to" -c 'CREATE EXTENSION IF NOT EXISTS pgschemadiff' >/dev/null
same=$(psql_local "$to" 2>&1 <<SQL || true
SELECT count(*) FROM schema_diff(:'remote', $args);
SELECT kind || ' ' || identity || ' ' || action FROM schema_diff(:'remote', $args) ORDER BY ordinal LIMIT 3;
SQL
)
psql_local "$to" -c 'DROP EXTENSION pgschemadiff' >/dev/null
first=$(head -n 1 <<<"$same")
if [ "$first" = 0 ]; then
	printf 'PASS\t%s\t%s\n' "$CF_CASE" "no rows" >>"$XV_WORK/identical.tsv"
else
	printf 'FAIL\t%s\t%s\n' "$CF_CASE" "$(tr '\n' ';' <<<"$same" | cut -c1-300)" >>"$XV_WORK/identical.tsv"
fi

# ---- (b) the migration from A (15) to the remote (N)
psql_local "$from" -c 'CREATE EXTENSION IF NOT EXISTS pgschemadiff' >/dev/null
migration=$(mktemp)
check_err=$(mktemp)
trap 'rm -f "$load_log" "$migration" "$check_err"' EXIT
psql_local "$from" -o "$migration" <<SQL
SELECT sql FROM schema_diff(:'remote', $args) ORDER BY ordinal;
SQL
residual=$(
	{
		echo 'BEGIN;'
		[ -n "$owner" ] && echo "SET ROLE \"$owner\";"
		cat "$migration"
		echo
		[ -n "$owner" ] && echo 'RESET ROLE;'
		echo "SELECT count(*) FROM schema_diff(:'remote', $args);"
		echo 'ROLLBACK;'
	} | psql_local "$from" 2>"$check_err" | tail -n 1
) || true
statements=$(grep -c ';[[:space:]]*$' "$migration" || true)
if [ -n "${CF_OPT_EXPECT_ROWS:-}" ] && [ "$statements" != "$CF_OPT_EXPECT_ROWS" ]; then
	echo "xversion tool: expected $CF_OPT_EXPECT_ROWS statements, got $statements: $(tr '\n' ' ' <"$migration" | cut -c1-300)" >&2
	exit 1
fi
if [ "$residual" != 0 ]; then
	echo "xversion tool: applying the migration, or the second diff after it, failed (rows left: ${residual:-none}): $(head -c 300 "$check_err")" >&2
	exit 1
fi

# ---- (c) 13 and older keep no trace of how SQL-standard calls were written
# (SUBSTRING(x FROM 2) is stored and printed as "substring"(x, 2)), so what
# the migration creates from such a remote cannot have the target's
# spelling, and the runner's oracle (pg_dump of A against the target loaded
# into 15) cannot hold. When that is the case here (the migration applied to
# a copy of A dumps differently from B), both dumps are loaded into
# databases of the remote server and compared as it holds them (pg_dump -s
# of each, normalised like the runner does): equal there is reported with
# the marker run.sh counts as a pass; otherwise the runner's oracle judges.
# Only for targets that write such calls (a cheap look at the case's files).
# (grep reads the files itself: `cat | grep -q` under pipefail fails
# whenever grep stops at an early match before cat has written everything.)
if [ "$XV_MAJOR" -lt 14 ] &&
	grep -qiE 'substring|trim *\(|position *\(|overlay *\(|normalize|at +time +zone' \
		"$CF_CASE_DIR"/b*.sql 2>/dev/null; then
	normalizer=$XV_WORK/logs/normalize.pl
	copy="xv_copy_${CF_CASE}"
	dumps=$(mktemp -d)
	trap 'rm -rf "$load_log" "$migration" "$check_err" "$dumps"' EXIT
	with_db() { sed -E "s#/[^/?]*(\\?.*)?\$#/$2\\1#" <<<"$1"; } # the URL $1 naming database $2
	oracle=(--schema-only --no-tablespaces) # the runner's pg_dump options for the case
	[ "${CF_OPT_WITH_OWNER:-false}" = true ] || oracle+=(--no-owner)
	[ "${CF_OPT_WITH_PRIVILEGES:-false}" = true ] || oracle+=(--no-privileges)
	[ -n "${CF_OPT_SCHEMA:-}" ] && oracle+=("--schema=$CF_OPT_SCHEMA")
	[ -n "${CF_OPT_EXCLUDE_SCHEMA:-}" ] && oracle+=("--exclude-schema=$CF_OPT_EXCLUDE_SCHEMA")
	quiet_psql() { PGOPTIONS="-c client_min_messages=error" psql -X -q -v ON_ERROR_STOP=1 "$@" >/dev/null 2>>"$dumps/err"; }
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$copy\" WITH (FORCE)" -c "CREATE DATABASE \"$copy\" TEMPLATE template0" >/dev/null
	pg_dump --schema-only -d "$from" 2>>"$dumps/err" | quiet_psql -d "$(with_db "$to" "$copy")" || true
	{
		[ -n "$owner" ] && echo "SET ROLE \"$owner\";"
		cat "$migration"
		echo 'RESET ROLE;'
		echo 'DROP EXTENSION IF EXISTS pgschemadiff;'
	} | quiet_psql -d "$(with_db "$to" "$copy")" || true
	pg_dump --schema-only --no-owner -d "$(with_db "$to" "$copy")" >"$dumps/copy.sql" 2>>"$dumps/err"
	pg_dump --schema-only --no-owner -d "$to" >"$dumps/target.sql" 2>>"$dumps/err"
	pg_dump "${oracle[@]}" -d "$(with_db "$to" "$copy")" 2>>"$dumps/err" | perl "$normalizer" >"$dumps/copy.15"
	pg_dump "${oracle[@]}" -d "$to" 2>>"$dumps/err" | perl "$normalizer" >"$dumps/target.15"
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$copy\" WITH (FORCE)" >/dev/null
	if ! cmp -s "$dumps/copy.15" "$dumps/target.15"; then
		for side in copy target; do
			remote_psql -d postgres -c "DROP DATABASE IF EXISTS \"xv_${side}_${CF_CASE}\" WITH (FORCE)" \
				-c "CREATE DATABASE \"xv_${side}_${CF_CASE}\" TEMPLATE template0" >/dev/null
			grep -v -e '^SET default_table_access_method' "$dumps/$side.sql" |
				PGOPTIONS="-c client_min_messages=error" remote_psql -d "xv_${side}_${CF_CASE}" >/dev/null 2>>"$dumps/err" || true
			pg_dump "${oracle[@]}" -h localhost -p "$XV_PORT" -U postgres -d "xv_${side}_${CF_CASE}" 2>>"$dumps/err" |
				perl "$normalizer" >"$dumps/$side.$XV_MAJOR"
			remote_psql -d postgres -c "DROP DATABASE IF EXISTS \"xv_${side}_${CF_CASE}\" WITH (FORCE)" >/dev/null
		done
		if [ -s "$dumps/target.$XV_MAJOR" ] && cmp -s "$dumps/copy.$XV_MAJOR" "$dumps/target.$XV_MAJOR"; then
			echo "restored-remote oracle: equal: PostgreSQL $XV_MAJOR keeps no SQL-standard call syntax, so the target's spelling cannot be reproduced from it; the migrated copy of A and the target, both loaded into PostgreSQL $XV_MAJOR, dump alike" >&2
			exit 3
		fi
		# Not explained by the lost spelling: the runner's own oracle judges.
		echo "note: the migrated copy of A and the target differ even as PostgreSQL $XV_MAJOR holds them: $(diff "$dumps/copy.$XV_MAJOR" "$dumps/target.$XV_MAJOR" | head -c 400 | tr '\n' ' ')" >&2
	fi
fi
cat "$migration"
