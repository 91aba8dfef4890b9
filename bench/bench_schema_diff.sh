#!/usr/bin/env bash
# bench_schema_diff.sh — end-to-end benchmark of schema_diff() against the
# reference pg_dump --schema-only, measured in the same run.
#
#   bench/bench_schema_diff.sh [N ...]        default sizes: 1000 5000 20000 (tables)
#
# For each size N, ../shared/bench/gen_schema.py writes schema A (N tables)
# and its changed variant B (~5% of objects changed, ~1% tables added and
# dropped); both are loaded into two databases of one throwaway cluster and
# the extension is installed in A. Then, twice — with the catalogs as loaded
# (never analyzed: the cluster runs with autovacuum off) and after ANALYZE —
#   - pg_dump --schema-only of A and of B (best of BENCH_RUNS each): the reference,
#   - SELECT count(*) FROM schema_diff(<B over the Unix socket>, allow_drops => true)
#     run from A (best of BENCH_RUNS, each in a fresh session), the statement count,
#     the WARNINGs it raised, and the backend's peak RSS (VmHWM of
#     /proc/<pg_backend_pid>/status, read in that session before and after the call;
#     it includes the shared buffers the backend touched);
#   - psql running schema_diff's own catalog queries (bench/print_queries) on A,
#     then on B, each in one REPEATABLE READ transaction: the second reference;
#   - the locks schema_diff's reading transactions hold at their end: this
#     backend's (the local side, the diff run inside BEGIN … ROLLBACK) and the
#     remote backend's (logged at DEBUG1); neither may grow with N;
#   - where the time went (DEBUG1 "pgschemadiff timing" of the best run);
# and once, analyzed:
#   - schema_diff between identical schemas (A and a copy of it): the drift
#     check's usual answer, against pg_dump of both;
#   - the migration applied to A in a transaction, a second diff that must return
#     0 rows, A's tables, columns, constraints, indexes, sequences and enums (read
#     from the catalogs directly, not through the extension) compared with B's,
#     then ROLLBACK (A is left as generated).
# The table it prints reports ratios: schema_diff / (pg_dump A + pg_dump B).
# Absolute seconds depend on the machine; the ratio is what to compare.
#
# Runs itself under pg_virtualenv when PGHOST is not set (needs postgresql-15,
# the installed extension, python3, and bench/print_queries built by CMake).
# schema_diff runs with the default lock table (max_locks_per_transaction =
# 64); the cluster is restarted with 4096 for pg_dump (which locks every table
# and fails past a few thousand), for the psql reference and for applying a
# whole migration in one transaction. With your own cluster (PGHOST set,
# superuser) nothing is restarted and the first state is "as loaded".
# Environment: BENCH_RUNS (3), BENCH_SEED (1), BENCH_QUERY_TIMES (1: also
# print how long each catalog query takes on A and on B, in each state, one
# psql run), BENCH_WORKDIR (kept if set;
# otherwise a temporary directory, removed at exit), BENCH_EXTENSION_DESTDIR
# (benchmark a build that is not installed: the DESTDIR of
# `make install DESTDIR=…`, used through the cluster's extension_destdir).
# Exit status: 1 if loading, schema_diff, applying the migration, the second
# diff or the catalog comparison fails (the table is still printed).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
gen="$here/../../shared/bench/gen_schema.py"
[ -f "$gen" ] || gen=/work/shared/bench/gen_schema.py

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 5000 20000)
for n in "${sizes[@]}"; do
	[[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [N ...]  (N: number of tables)" >&2; exit 2; }
done

if [ -z "${PGHOST:-}" ]; then
	# -t: the cluster lives in a temporary directory, so this can run next to
	# another pg_virtualenv (scripts/test.sh) without a cluster-name clash.
	pgv=(pg_virtualenv -t -o shared_buffers=256MB
		-o autovacuum=off -o fsync=off -o synchronous_commit=off)
	export BENCH_OWN_CLUSTER=1
	if [ -n "${BENCH_EXTENSION_DESTDIR:-}" ]; then
		destdir=$(cd "$BENCH_EXTENSION_DESTDIR" && pwd)
		libdir=$(pg_config --pkglibdir)
		pgv+=(-o "extension_destdir=$destdir" -o "dynamic_library_path=$destdir$libdir:$libdir")
	fi
	exec "${pgv[@]}" "$0" "$@"
fi

print_queries=${PSD_BUILD_DIR:-$here/../build}/print_queries
[ -x "$print_queries" ] || { echo "bench: $print_queries not built (scripts/build.sh)" >&2; exit 2; }
runs=${BENCH_RUNS:-3}
seed=${BENCH_SEED:-1}
if [ -n "${BENCH_WORKDIR:-}" ]; then
	work=$BENCH_WORKDIR
	mkdir -p "$work"
else
	work=$(mktemp -d /tmp/bench_schema_diff.XXXXXX)
	trap 'rm -rf "$work"' EXIT
fi

psql_() { psql -X -v ON_ERROR_STOP=1 "$@"; }
now() { date +%s.%N; }
elapsed() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.6f", e - s }'; } # start end -> seconds
min() { printf '%s\n' "$@" | sort -g | head -n 1; }
fmt() { printf '%.3f' "$1"; }

# Best-of-$runs wall time of a command (its output discarded).
best_of() {
	local r s e
	local -a ts=()
	for ((r = 0; r < runs; r++)); do
		s=$(now)
		"$@" >/dev/null
		e=$(now)
		ts+=("$(elapsed "$s" "$e")")
	done
	min "${ts[@]}"
}

user_ns() { # SQL condition: pg_namespace alias $1 is a user schema
	echo "$1.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND $1.nspname NOT LIKE 'pg\\_%'"
}

not_ext() { # SQL condition: relation oid $1 is not an extension's (pgschemadiff's own tables)
	echo "NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_class'::regclass AND e.objid = $1 AND e.deptype = 'e')"
}

vm_kb() { # psql expression: a VmXXX line of this backend's /proc status, in kB
	echo "(SELECT (regexp_match(pg_read_file('/proc/' || pg_backend_pid() || '/status'), '$1:\\s+(\\d+)'))[1]::bigint)"
}

# Restarts our own cluster with this lock table size (64 is the default).
set_locks() {
	[ "${BENCH_OWN_CLUSTER:-}" = 1 ] || return 0
	local cluster
	cluster=$(pg_lsclusters -h | awk -v p="$PGPORT" '$3 == p { print $1, $2 }')
	psql_ -q -d postgres -c "ALTER SYSTEM SET max_locks_per_transaction = $1"
	# stop, then start (a restart right after a large load can find the
	# server still shutting down and give up with "already running")
	# shellcheck disable=SC2086
	pg_ctlcluster --mode fast $cluster stop -- -t 300
	local tries
	for tries in 1 2 3 4 5; do
		# shellcheck disable=SC2086
		pg_ctlcluster $cluster start && break
		sleep 3
	done
	psql_ -q -At -d postgres -c "SHOW max_locks_per_transaction" | grep -qx "$1"
}

# One schema_diff call in a fresh session, inside BEGIN … ROLLBACK; prints
# "statements vmhwm_before_kb vmhwm_after_kb locks_held_at_the_end"; its
# DEBUG1 lines (timing, remote locks) go to $work/diff_stderr.
diff_once() {
	local db=$1 remote=$2
	psql_ -q -At -F ' ' -d "$db" -v remote="$remote" 2>"$work/diff_stderr" <<SQL
SELECT $(vm_kb VmHWM) AS hwm0 \gset
SET client_min_messages = debug1;
BEGIN;
SELECT count(*) AS n FROM schema_diff(:'remote', allow_drops => true) \gset
SELECT count(*) AS locks FROM pg_locks WHERE pid = pg_backend_pid() \gset
ROLLBACK;
RESET client_min_messages;
SELECT :n, :hwm0, $(vm_kb VmHWM), :locks;
SQL
}

# psql running schema_diff's catalog queries on A, then on B.
queries_once() {
	psql_ -q -d "$a" -o /dev/null -c "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" -f "$work/queries.sql"
	psql_ -q -d "$b" -o /dev/null -c "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" -f "$work/queries.sql"
}

# Milliseconds each catalog query takes on A and on B (psql's \timing, one
# run each, in one REPEATABLE READ transaction per database), slowest first.
query_times() {
	local db
	awk 'NR == 1 { print "\\timing on"; print "\\o /dev/null" }
		/^-- / { sub(/^-- /, ""); print "\\echo QUERY " $0; next } { print }' \
		"$work/queries.sql" >"$work/queries_timed.sql"
	for db in "$a" "$b"; do
		psql_ -q -d "$db" -c "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" \
			-f "$work/queries_timed.sql" |
			awk '/^QUERY / { sub(/^QUERY /, ""); q = $0; if (!(q in t)) order[n++] = q; t[q] += 0; next }
				/^Time: / { t[q] += $2 }
				END { for (i = 0; i < n; i++) printf "%s\t%.1f\n", order[i], t[order[i]] }' \
				>"$work/query_times_$db.txt"
	done
	paste "$work/query_times_$a.txt" "$work/query_times_$b.txt" | sort -t $'\t' -k2,2gr |
		awk -F '\t' '{ printf "    %-45s %9.1f %9.1f\n", $1, $2, $4 }'
}

# What schema_diff migrates, read straight from the catalogs (not through the
# extension), one line per object: an independent check that A, once migrated,
# has B's schemas, tables, columns, constraints, indexes, sequences and enums.
# Column order is left out (new columns are appended, see README Limitations).
catalog_lines_sql="SET search_path = pg_catalog;
SELECT line FROM (
  SELECT format('schema %I', nspname) AS line FROM pg_namespace n WHERE $(user_ns n)
  UNION ALL
  SELECT format('table %I.%I %s', n.nspname, c.relname, c.relpersistence)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND $(user_ns n) AND $(not_ext c.oid)
  UNION ALL
  SELECT format('column %I.%I.%I %s notnull=%s default=%s identity=%s generated=%s collation=%s',
                n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated,
                CASE WHEN a.attcollation <> t.typcollation THEN a.attcollation::regcollation::text END)
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND $(user_ns n) AND $(not_ext c.oid)
  UNION ALL
  SELECT format('constraint %I on %I.%I %s', k.conname, n.nspname, c.relname, pg_get_constraintdef(k.oid))
  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p') AND $(user_ns n) AND $(not_ext c.oid)
  UNION ALL
  SELECT format('index %s', pg_get_indexdef(i.indexrelid))
  FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p') AND $(user_ns n) AND $(not_ext c.oid)
  UNION ALL
  SELECT format('sequence %I.%I %s start=%s inc=%s min=%s max=%s cache=%s cycle=%s', schemaname, sequencename,
                data_type, start_value, increment_by, min_value, max_value, cache_size, cycle)
  FROM pg_sequences WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
    AND $(not_ext "format('%I.%I', schemaname, sequencename)::regclass")
  UNION ALL
  SELECT format('enum %I.%I %s', n.nspname, t.typname,
                (SELECT array_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid))
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype = 'e' AND $(user_ns n)
) x ORDER BY line COLLATE \"C\";"

# Applies the migration inside a transaction, runs the second diff, writes A's
# catalog lines (as migrated) to $3, rolls back. Prints the second diff's row
# count; psql's errors go to $work/apply_stderr.
apply_check() {
	local db=$1 remote=$2 lines=$3
	psql_ -q -At -d "$db" -v remote="$remote" 2>"$work/apply_stderr" <<SQL | tail -n 1
SET client_min_messages = error;
BEGIN;
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal \gexec
\o $lines
$catalog_lines_sql
\o
RESET search_path;
SELECT count(*) FROM schema_diff(:'remote', allow_drops => true);
ROLLBACK;
SQL
}

# Measures pg_dump of A and B and schema_diff A -> B in the catalogs' current
# state; appends a report row. Uses n, a, b, remote, tables_a, tables_b; sets
# failed=1 (and status=1) when schema_diff fails.
measure() {
	local state=$1 r s e out h0 h1 l0 dump_a dump_b psql_q diff_s ratio ratio_q warnings remote_locks split
	local -a diff_ts=()
	local stmts="" hwm0="" hwm1="" locks="" err="" best=""
	echo "== $n tables, $state catalogs: pg_dump --schema-only (A, B) and psql running our queries, with 4096 locks per transaction"
	set_locks 4096
	dump_a=$(best_of pg_dump --schema-only -d "$a")
	dump_b=$(best_of pg_dump --schema-only -d "$b")
	psql_q=$(best_of queries_once)
	if [ "${BENCH_QUERY_TIMES:-}" = 1 ]; then
		query_reports+=("$n tables, $state: ms per catalog query, A and B" "$(query_times)")
	fi
	echo "== $n tables, $state catalogs: schema_diff A -> B, with the default lock table"
	set_locks 64
	for ((r = 0; r < runs; r++)); do
		s=$(now)
		if ! out=$(diff_once "$a" "$remote"); then
			err=$(grep -m1 -E 'ERROR' "$work/diff_stderr" || head -c 300 "$work/diff_stderr")
			break
		fi
		e=$(now)
		diff_ts+=("$(elapsed "$s" "$e")")
		read -r stmts h0 h1 l0 <<<"$out"
		# Lowest peak over the runs, like the time.
		if [ -z "$hwm1" ] || [ "$h1" -lt "$hwm1" ]; then hwm0=$h0 hwm1=$h1; fi
		locks=$l0
		if [ -z "$best" ] || awk -v a="$(elapsed "$s" "$e")" -v b="$best" 'BEGIN { exit !(a < b) }'; then
			best=$(elapsed "$s" "$e")
			cp "$work/diff_stderr" "$work/diff_stderr_best"
		fi
	done
	if [ -n "$err" ]; then
		echo "   schema_diff FAILED: $err" >&2
		report+=("$n|$tables_a|$tables_b|$state|-|FAIL|$(fmt "$dump_a")|$(fmt "$dump_b")|-|$(fmt "$psql_q")|-|-|-|-|schema_diff failed: $err")
		status=1 failed=1
		return 0
	fi
	warnings=$(grep -c '^WARNING' "$work/diff_stderr_best" || true)
	remote_locks=$(grep -oE 'remote locks held: [0-9]+' "$work/diff_stderr_best" | grep -oE '[0-9]+$' || echo "?")
	split=$(grep -oE 'pgschemadiff timing: .*' "$work/diff_stderr_best" | sed 's/pgschemadiff timing: //')
	splits+=("$n tables, $state: $split")
	diff_s=$(min "${diff_ts[@]}")
	ratio=$(awk -v d="$diff_s" -v a="$dump_a" -v b="$dump_b" 'BEGIN { printf "%.2f", d / (a + b) }')
	ratio_q=$(awk -v d="$diff_s" -v q="$psql_q" 'BEGIN { printf "%.2f", d / q }')
	echo "   result: $n tables, $state: $stmts statements, schema_diff $(fmt "$diff_s") s, pg_dump A+B $(fmt "$dump_a") + $(fmt "$dump_b") s, psql queries $(fmt "$psql_q") s, VmHWM $((hwm1 / 1024)) MiB, locks $locks / $remote_locks"
	report+=("$n|$tables_a|$tables_b|$state|$stmts|$(fmt "$diff_s")|$(fmt "$dump_a")|$(fmt "$dump_b")|$ratio|$(fmt "$psql_q")|$ratio_q|$((hwm0 / 1024))->$((hwm1 / 1024))|$locks / $remote_locks|$warnings|")
}

# schema_diff between A and a copy of A (nothing changed): the drift check's
# usual answer. Appends a report row.
identical() {
	local copy="${a}_same" dump_a dump_c diff_s out stmts ratio
	echo "== $n tables: schema_diff between identical schemas (A and a copy of A)"
	psql_ -q -d postgres -c "DROP DATABASE IF EXISTS $copy" -c "CREATE DATABASE $copy TEMPLATE $a"
	local same_remote=${remote/dbname=$b/dbname=$copy}
	set_locks 4096
	dump_a=$(best_of pg_dump --schema-only -d "$a")
	dump_c=$(best_of pg_dump --schema-only -d "$copy")
	set_locks 64
	diff_s=$(best_of diff_once "$a" "$same_remote")
	out=$(diff_once "$a" "$same_remote") || out="? ? ? ?"
	read -r stmts _ <<<"$out"
	ratio=$(awk -v d="$diff_s" -v a="$dump_a" -v b="$dump_c" 'BEGIN { printf "%.2f", d / (a + b) }')
	report+=("$n|$tables_a|$tables_a|identical (analyzed)|$stmts|$(fmt "$diff_s")|$(fmt "$dump_a")|$(fmt "$dump_c")|$ratio|-|-|-|-|-|")
	[ "$stmts" = 0 ] || { echo "   identical schemas gave $stmts statements" >&2; status=1; }
	psql_ -q -d postgres -c "DROP DATABASE $copy"
}

# Applies the migration (rolled back), checks the second diff and the catalog
# lines against B; appends the verdict to the last report row.
verify() {
	local verdict residual apply_err mismatch
	echo "== $n tables: applying the migration in a transaction (rolled back) and diffing again"
	set_locks 4096 # the whole migration in one transaction
	psql_ -q -At -d "$b" -o "$work/catalog_b_$n.txt" -c "$catalog_lines_sql"
	if residual=$(apply_check "$a" "$remote" "$work/catalog_a_migrated_$n.txt") && [ "$residual" = 0 ]; then
		verdict="applies, 2nd diff 0 rows"
	else
		apply_err=$(grep -m1 -E 'ERROR' "$work/apply_stderr" || head -c 300 "$work/apply_stderr")
		verdict="NOT OK: 2nd diff ${residual:-?} rows; ${apply_err:-no error text}"
		echo "   $verdict" >&2
		status=1
	fi
	if [ -s "$work/catalog_a_migrated_$n.txt" ]; then
		mismatch=$(LC_ALL=C comm -3 "$work/catalog_a_migrated_$n.txt" "$work/catalog_b_$n.txt" | wc -l)
		if [ "$mismatch" = 0 ]; then
			verdict+=", catalogs match B"
		else
			verdict+=", catalogs differ from B in $mismatch lines"
			LC_ALL=C comm -3 "$work/catalog_a_migrated_$n.txt" "$work/catalog_b_$n.txt" | head -n 10 >&2
			status=1
		fi
	fi
	report[${#report[@]} - 1]+=$verdict
}

declare -a report=() splits=() query_reports=()
status=0
"$print_queries" >"$work/queries.sql"
set_locks 64
autovacuum=$(psql_ -At -d postgres -c 'SHOW autovacuum')
fresh_state="never analyzed"
[ "$autovacuum" = off ] || fresh_state="as loaded (autovacuum on)"
echo "pgschemadiff end-to-end benchmark: $(nproc) cores, $(psql_ -At -d postgres -c 'SHOW server_version'), best of $runs, seed $seed"
psql_ -q -At -d postgres -c "LOAD '\$libdir/pgschemadiff'" -c "SELECT 'extension library loaded: ' ||
	substring(pg_read_file('/proc/' || pg_backend_pid() || '/maps') FROM '/\S*pgschemadiff\.so') ||
	', autovacuum ' || current_setting('autovacuum')"
for n in "${sizes[@]}"; do
	a="bench_a_$n" b="bench_b_$n"
	echo "== $n tables: generating and loading"
	python3 "$gen" --tables "$n" --seed "$seed" --variant a >"$work/a_$n.sql"
	python3 "$gen" --tables "$n" --seed "$seed" --variant b --changelog "$work/b_$n.changes" >"$work/b_$n.sql"
	psql_ -q -d postgres -c "DROP DATABASE IF EXISTS $a" -c "DROP DATABASE IF EXISTS $b" \
		-c "CREATE DATABASE $a" -c "CREATE DATABASE $b"
	psql_ -q -d "$a" -f "$work/a_$n.sql" >/dev/null
	psql_ -q -d "$b" -f "$work/b_$n.sql" >/dev/null
	psql_ -q -d "$a" -c "CREATE EXTENSION pgschemadiff"
	tables_a=$(psql_ -At -d "$a" -c "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")
	tables_b=$(psql_ -At -d "$b" -c "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")
	remote=$(psql_ -At -d "$a" -c "SELECT format('host=%s port=%s dbname=%s',
		split_part(current_setting('unix_socket_directories'), ',', 1), current_setting('port'), '$b')")

	# A database just built from a schema file (CI) has catalog statistics
	# only if autovacuum got to them; a long-lived one has them. Both matter:
	# the catalog queries' plans depend on them.
	failed=0
	measure "$fresh_state"
	[ "$failed" = 0 ] || continue
	psql_ -q -d "$a" -c ANALYZE
	psql_ -q -d "$b" -c ANALYZE
	measure "analyzed"
	[ "$failed" = 0 ] || continue
	verify
	identical
done

echo
echo "schema_diff(A -> B) vs pg_dump --schema-only, same cluster, same run (seconds: best of $runs wall time)"
{
	echo "N|tables A|tables B|catalog statistics|statements|schema_diff s|pg_dump A s|pg_dump B s|ratio diff/(dumpA+dumpB)|psql queries A+B s|ratio diff/psql|backend VmHWM MiB before->after|locks held local / remote|WARNINGs|migration"
	printf '%s\n' "${report[@]}"
} | if command -v column >/dev/null; then column -t -s '|'; else cat; fi
echo
echo "where schema_diff's time went (best run; seconds, and malloc in use in MiB):"
printf '  %s\n' "${splits[@]}"
if [ ${#query_reports[@]} -gt 0 ]; then
	echo
	printf '%s\n' "${query_reports[@]}"
fi
exit $status
