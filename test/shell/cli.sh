#!/usr/bin/env bash
# cli.sh — the `pgschemadiff` command (build/pgschemadiff) against the
# extension: for every one of our conformance cases (test/conformance/cases),
# the command's statements must be byte-identical to schema_diff()'s for the
# same two databases and options; its output applied with
# `psql --single-transaction -f` makes a second run exit 0; exit statuses
# (0 no differences, 2 differences, 1 error), --unsafe, --format json, masked
# passwords in errors, the progress line (--progress, --no-progress, on a
# terminal), Ctrl-C (SIGINT) cancelling a remote that never answers.
# Needs a running server (PG* environment, e.g. inside pg_virtualenv) with the
# extension installed, and python3. Prints "N passed, N failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
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
cli=${PSD_BUILD_DIR:-build}/pgschemadiff
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
psql_() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
host=$(psql_ -At -d postgres -c "SELECT split_part(current_setting('unix_socket_directories'), ',', 1)")
port=$(psql_ -At -d postgres -c "SHOW port")
# The server reaches the other database over its Unix socket (as in the
# regress tests); the command, run as this user, through the PG* variables.
url() { echo "host=$host port=$port dbname=$1"; }
curl() { echo "dbname=$1"; }

if [ ! -x "$cli" ]; then
	check "the command is built ($cli)" 1
	echo "$passed passed, $failed failed"
	exit 1
fi

# Each case: A from a.sql, B from b.sql, the extension in both (so that its
# own objects are the same on both sides and never part of the diff).
identical=0 differing=0 cases=0
while IFS=$'\t' read -r name dir options roles; do
	[[ "$name" =~ ^#|^$ ]] && continue
	case_dir=test/conformance/cases/$dir
	# roles the case needs exist cluster-wide
	if [ "$roles" != "-" ]; then
		IFS=, read -ra rs <<<"$roles"
		for r in "${rs[@]}"; do
			psql_ -d postgres -c "DO \$\$BEGIN CREATE ROLE \"$r\"; EXCEPTION WHEN duplicate_object THEN NULL; END\$\$" >/dev/null
		done
	fi
	args=(--unsafe) fargs="allow_drops => true"
	IFS=, read -ra opts <<<"$options"
	for o in "${opts[@]}"; do
		case "$o" in
		with_privileges=true) args+=(--with-privileges) fargs+=", with_privileges => true" ;;
		with_owner=true) args+=(--with-owners) fargs+=", with_owners => true" ;;
		ignore_extension_versions=true) args+=(--ignore-extension-versions) fargs+=", ignore_extension_versions => true" ;;
		create_extensions_only=true) args+=(--create-extensions-only) fargs+=", create_extensions_only => true" ;;
		schema=*) args+=(--schema "${o#schema=}") fargs+=", include_schemas => ARRAY['${o#schema=}']" ;;
		exclude_schema=*) args+=(--exclude-schema "${o#exclude_schema=}") fargs+=", exclude_schemas => ARRAY['${o#exclude_schema=}']" ;;
		esac
	done
	psql_ -d postgres -c "DROP DATABASE IF EXISTS cli_a" -c "DROP DATABASE IF EXISTS cli_b" \
		-c "CREATE DATABASE cli_a" -c "CREATE DATABASE cli_b" >/dev/null 2>&1
	psql_ -d cli_a -c "CREATE EXTENSION pgschemadiff" -f "$case_dir/a.sql" >/dev/null 2>&1
	psql_ -d cli_b -c "CREATE EXTENSION pgschemadiff" -f "$case_dir/b.sql" >/dev/null 2>&1
	cases=$((cases + 1))
	psql_ -At -d cli_a -v to="$(url cli_b)" -o "$work/ext.sql" 2>/dev/null <<SQL
SELECT sql || E'\n' FROM schema_diff(:'to', $fargs) ORDER BY ordinal;
SQL
	"$cli" "${args[@]}" "$(curl cli_a)" "$(curl cli_b)" >"$work/cli.sql" 2>/dev/null
	rc=$?
	if cmp -s "$work/ext.sql" "$work/cli.sql"; then
		if [ -s "$work/cli.sql" ]; then differing=$((differing + 1)); else identical=$((identical + 1)); fi
		[ -s "$work/cli.sql" ] && [ "$rc" != 2 ] && check "$name: exit status 2 when there are differences (got $rc)" 1
	else
		check "$name: the command prints exactly schema_diff()'s statements" 1
		diff "$work/ext.sql" "$work/cli.sql" | head -n 10
	fi
done <test/conformance/cases/cases.tsv
check "$cases cases: the command's statements are byte-identical to schema_diff()'s ($differing with differences, $identical without)" $([ "$failed" = 0 ] && [ "$cases" -gt 20 ]; echo $?)

# One case end to end: apply with psql in one transaction, then nothing left.
psql_ -d postgres -c "DROP DATABASE IF EXISTS cli_a" -c "DROP DATABASE IF EXISTS cli_b" \
	-c "CREATE DATABASE cli_a" -c "CREATE DATABASE cli_b" >/dev/null 2>&1
psql_ -d cli_a >/dev/null <<'SQL'
CREATE TABLE t (id int PRIMARY KEY, gone text);
INSERT INTO t VALUES (1, 'x');
SQL
psql_ -d cli_b >/dev/null <<'SQL'
CREATE TABLE t (id bigint PRIMARY KEY, added text DEFAULT 'y');
CREATE VIEW v AS SELECT id FROM t;
SQL
"$cli" "$(curl cli_a)" "$(curl cli_b)" >/dev/null 2>"$work/refused.err"
rc=$?
check "without --unsafe a drop is refused: exit 1, the error names it (got $rc)" \
	$([ "$rc" = 1 ] && grep -q 'migration would drop 1 object' "$work/refused.err" && grep -q 'column' "$work/refused.err"; echo $?)
"$cli" --unsafe "$(curl cli_a)" "$(curl cli_b)" >"$work/m.sql"
rc=$?
check "differences: exit status 2 (got $rc)" $([ "$rc" = 2 ]; echo $?)
psql_ -d cli_a --single-transaction -f "$work/m.sql" >/dev/null 2>"$work/apply.err"
check "the output applies with psql --single-transaction -f" $?
"$cli" --unsafe "$(curl cli_a)" "$(curl cli_b)" >"$work/again.sql"
rc=$?
check "after applying: exit status 0 and no output (got $rc)" $([ "$rc" = 0 ] && [ ! -s "$work/again.sql" ]; echo $?)
check "rows kept" $([ "$(psql_ -At -d cli_a -c 'SELECT count(*) FROM t')" = 1 ]; echo $?)

# JSON: every row, parseable, same statements.
psql_ -d cli_b -c "CREATE TABLE u (\"odd \"\" name\" text)" >/dev/null
"$cli" --format=json --unsafe "$(curl cli_a)" "$(curl cli_b)" >"$work/m.json"
python3 -c '
import json, sys
rows = json.load(open(sys.argv[1]))
assert len(rows) == 1 and rows[0]["ordinal"] == 1 and rows[0]["action"] == "create"
assert rows[0]["kind"] == "table" and rows[0]["destructive"] is False
assert isinstance(rows[0]["hazards"], list)
assert "\"odd \"\" name\"" in rows[0]["sql"], rows[0]["sql"]
' "$work/m.json"
check "--format json: the rows with every column, quotes escaped" $?
"$cli" --single-transaction "$(curl cli_a)" "$(curl cli_b)" >"$work/tx.sql"
check "--single-transaction wraps the statements in BEGIN/COMMIT" \
	$([ "$(head -n 1 "$work/tx.sql")" = "BEGIN;" ] && [ "$(tail -n 1 "$work/tx.sql")" = "COMMIT;" ]; echo $?)

psql_ -d cli_b -c "ALTER TABLE t ADD COLUMN n int NOT NULL DEFAULT 0" >/dev/null
"$cli" --allow-hazards= "$(curl cli_a)" "$(curl cli_b)" >/dev/null 2>"$work/hz.err"
rc=$?
"$cli" --allow-hazards=access_exclusive_lock,rewrites_table,scans_table,deletes_data,builds_index,share_lock,share_row_exclusive_lock "$(curl cli_a)" "$(curl cli_b)" >/dev/null 2>&1
rc2=$?
check "--allow-hazards: an empty list refuses (exit 1, names the hazard), the listed ones pass (got $rc, $rc2)" \
	$([ "$rc" = 1 ] && grep -q 'access_exclusive_lock' "$work/hz.err" && [ "$rc2" = 2 ]; echo $?)

# --rename hints (renames): a malformed one is an error, one naming a column
# the local table lacks too, and a real one renames the column in place.
"$cli" --rename=public.t.n "$(curl cli_a)" "$(curl cli_b)" >/dev/null 2>"$work/rn.err"
rc=$?
"$cli" --rename=public.t.nope=added "$(curl cli_a)" "$(curl cli_b)" >/dev/null 2>"$work/rn2.err"
rc2=$?
psql_ -d cli_a -c "ALTER TABLE t RENAME COLUMN added TO old_name" >/dev/null
"$cli" --rename=public.t.old_name=added "$(curl cli_a)" "$(curl cli_b)" >"$work/rn.sql" 2>/dev/null
rc3=$?
check "--rename: a malformed hint or one naming nothing exits 1 naming it, a real one is RENAME COLUMN (got $rc, $rc2, $rc3)" \
	$([ "$rc" = 1 ] && grep -q 'malformed rename hint: "public.t.n"' "$work/rn.err" &&
	  [ "$rc2" = 1 ] && grep -q 'renames names nothing' "$work/rn2.err" &&
	  [ "$rc3" = 2 ] && grep -q 'RENAME COLUMN "old_name" TO "added"' "$work/rn.sql"; echo $?)
psql_ -d cli_a -c "ALTER TABLE t RENAME COLUMN old_name TO added" >/dev/null

# --online: CONCURRENTLY outside BEGIN/COMMIT, the rest grouped; the script
# applies with psql -f (not --single-transaction), a second run is empty;
# --single-transaction with --online is refused; JSON has the groups.
psql_ -d cli_a -c "INSERT INTO t (id) SELECT g + 100 FROM generate_series(1, 20) g" >/dev/null 2>&1
psql_ -d cli_b -c "CREATE INDEX t_id_online ON t (id)" >/dev/null
"$cli" --online --lock-timeout=3s --unsafe "$(curl cli_a)" "$(curl cli_b)" >"$work/on.sql" 2>"$work/on.err"
rc=$?
python3 -c '
import sys
text = open(sys.argv[1]).read()
blocks = text.split("\n\n")
assert blocks[0] == "BEGIN;" and "SET lock_timeout = '"'"'3s'"'"';" in text, text
inside = False
for b in blocks:
    b = b.strip()
    if b == "BEGIN;":
        assert not inside; inside = True
    elif b == "COMMIT;":
        assert inside; inside = False
    elif "CONCURRENTLY" in b:
        assert not inside, "CONCURRENTLY inside a transaction block"
assert not inside
assert "CREATE INDEX CONCURRENTLY \"t_id_online\"" in text, text
' "$work/on.sql"
shape=$?
psql_ -d cli_a -f "$work/on.sql" >/dev/null 2>"$work/on.apply.err"
applied=$?
"$cli" --online --unsafe "$(curl cli_a)" "$(curl cli_b)" >"$work/on.again" 2>/dev/null
rc2=$?
check "--online: CONCURRENTLY outside BEGIN/COMMIT, applies with psql -f, then nothing left (got $rc, $shape, $applied, $rc2)" \
	$([ "$rc" = 2 ] && [ "$shape" = 0 ] && [ "$applied" = 0 ] && [ "$rc2" = 0 ]; echo $?)
"$cli" --online --single-transaction "$(curl cli_a)" "$(curl cli_b)" >/dev/null 2>"$work/on.err"
rc=$?
check "--online with --single-transaction: exit 1, says why (got $rc)" \
	$([ "$rc" = 1 ] && grep -q 'cannot be used with --online' "$work/on.err"; echo $?)
psql_ -d cli_b -c "CREATE INDEX t_id_second ON t (id DESC)" >/dev/null
"$cli" --online --format=json --unsafe "$(curl cli_a)" "$(curl cli_b)" >"$work/on.json"
python3 -c '
import json, sys
rows = json.load(open(sys.argv[1]))
assert [r["transaction"] for r in rows] == [1, 2], rows
assert "not_transactional" in rows[1]["hazards"], rows
' "$work/on.json"
check "--online --format json: the transaction groups" $?
"$cli" --format=json --unsafe "$(curl cli_a)" "$(curl cli_b)" >"$work/off.json"
python3 -c '
import json, sys
rows = json.load(open(sys.argv[1]))
assert all(r["transaction"] == 1 for r in rows) and "CONCURRENTLY" not in rows[0]["sql"], rows
' "$work/off.json"
check "without --online: one transaction, no CONCURRENTLY" $?
psql_ -d cli_b -c "DROP INDEX t_id_second" >/dev/null

# Errors: exit 1, clear message, password masked.
"$cli" "$(curl cli_a)" "postgresql://someone:s3cr3tpw@127.0.0.1:1/x" >/dev/null 2>"$work/err"
rc=$?
check "unreachable TO: exit 1, says which side, password masked (got $rc)" \
	$([ "$rc" = 1 ] && grep -q 'could not connect to TO' "$work/err" && ! grep -q s3cr3tpw "$work/err"; echo $?)
"$cli" --schema=no_such_schema "$(curl cli_a)" "$(curl cli_b)" >/dev/null 2>"$work/err"
rc=$?
check "include schema neither side has: exit 1 (got $rc)" $([ "$rc" = 1 ] && grep -q no_such_schema "$work/err"; echo $?)
"$cli" --bogus x y >/dev/null 2>&1
check "unknown option: exit 1" $([ $? = 1 ]; echo $?)
"$cli" --help | grep -q -- '--unsafe'
check "--help lists the options" $?
control_version=$(sed -n "s/^default_version = '\(.*\)'/\1/p" pgschemadiff.control)
check "--version prints the extension's version ($control_version)" \
	$([ "$("$cli" --version)" = "pgschemadiff $control_version" ]; echo $?)

# The progress line on stderr: --progress shows it whatever stderr is,
# rewritten in place with \r and erased at the end; stdout stays the same.
# By default, with stderr not a terminal, nothing; --no-progress wins when last.
# (A table only TO has: the --online checks above left the two alike.)
psql_ -d cli_b -c "CREATE TABLE progress_only (id int)" >/dev/null
"$cli" --unsafe "$(curl cli_a)" "$(curl cli_b)" >"$work/plain.out" 2>"$work/plain.err"
"$cli" --unsafe --progress "$(curl cli_a)" "$(curl cli_b)" >"$work/progress.out" 2>"$work/progress.err"
rc=$?
check "--progress: 'reading catalogs: FROM n/n queries, TO n/n' on stderr, rewritten as both sides advance, erased at the end, stdout unchanged (got $rc)" \
	$([ "$rc" = 2 ] && tr '\r' '\n' <"$work/progress.err" | grep -qE '^reading catalogs: FROM ([0-9]+)/\1 queries, TO \1/\1 *$' &&
	  [ "$(tr '\r' '\n' <"$work/progress.err" | grep -cE '^reading catalogs: FROM [0-9]+/[0-9]+ queries, TO [0-9]+/[0-9]+ *$')" -gt 20 ] &&
	  [ "$(tail -c 1 "$work/progress.err" | od -An -c | tr -d ' ')" = '\r' ] &&
	  [ -z "$(tr '\r' '\n' <"$work/progress.err" | sed -E 's/^reading catalogs: FROM [0-9]+\/[0-9]+ queries, TO [0-9]+\/[0-9]+//' | tr -d ' \n')" ] &&
	  cmp -s "$work/plain.out" "$work/progress.out"; echo $?)
"$cli" --unsafe --progress --no-progress "$(curl cli_a)" "$(curl cli_b)" >/dev/null 2>"$work/noprogress.err"
check "no progress line when stderr is not a terminal, nor with --no-progress last" \
	$([ ! -s "$work/plain.err" ] && [ ! -s "$work/noprogress.err" ]; echo $?)
# On a terminal (script(1) gives the command one) it shows once reading took
# more than a second: here TO's views wait 2 s on a lock another session holds.
tty_run() { # tty_run OUT [OPTION]: the command on a pseudo-terminal, its view locked for 2 s
	psql_ -d cli_b -c "BEGIN; LOCK TABLE v IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(2)" >/dev/null 2>&1 &
	sleep 0.5
	script -qec "$cli --unsafe ${2:-} 'dbname=cli_a' 'dbname=cli_b'" /dev/null >"$1" 2>&1
	wait $!
}
# A machine without pseudo-terminals (a chroot without /dev/pts) cannot run
# this one: it says so and it is not counted.
if script -qec true /dev/null >/dev/null 2>&1; then
	tty_run "$work/tty.out"
	tty_run "$work/tty-off.out" --no-progress
	check "on a terminal, a read of more than 1 s shows the progress line, --no-progress does not" \
		$(grep -q 'reading catalogs: FROM [0-9]*/[0-9]* queries, TO' "$work/tty.out" &&
		  grep -q 'CREATE TABLE' "$work/tty.out" && grep -q 'CREATE TABLE' "$work/tty-off.out" &&
		  ! grep -q 'reading catalogs' "$work/tty-off.out"; echo $?)
else
	echo "not run: on a terminal, the progress line (this machine gives no pseudo-terminal: script(1) failed)"
fi
psql_ -d cli_b -c "DROP TABLE progress_only" >/dev/null

# Ctrl-C: reading TO waits on a lock (another session holds its view in
# ACCESS EXCLUSIVE mode); SIGINT cancels the query (PQcancel): exit 1 at once.
# A session holding a lock ends only when its backend does (killing psql
# leaves pg_sleep running): end_lockers terminates them.
end_lockers() {
	kill $locker 2>/dev/null
	wait $locker 2>/dev/null
	psql_ -d postgres -c "SELECT count(pg_catalog.pg_terminate_backend(pid)) FROM pg_catalog.pg_stat_activity WHERE application_name = 'psd_locker'" >/dev/null
}
PGAPPNAME=psd_locker psql_ -d cli_b -c "BEGIN; LOCK TABLE v IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(30)" >/dev/null 2>&1 &
locker=$!
sleep 1
"$cli" "$(curl cli_a)" "$(curl cli_b)" >/dev/null 2>"$work/int.err" &
pid=$!
sleep 1.5
kill -INT $pid 2>/dev/null
start=$(date +%s)
wait $pid
rc=$?
took=$(($(date +%s) - start))
check "SIGINT cancels a read waiting on a lock: exit 1 within 3 s, says so (got $rc after ${took}s)" \
	$([ "$rc" = 1 ] && [ "$took" -le 3 ] && grep -q 'canceling statement' "$work/int.err"; echo $?)
end_lockers

# FROM and TO are read at once (TO on a thread of its own). When one side
# fails (here: its view is locked and lock_timeout ends the wait), the other
# stops, the command exits 1, and the error reported is the failing side's.
for side in TO FROM; do
	db=cli_b
	[ "$side" = FROM ] && db=cli_a
	PGAPPNAME=psd_locker psql_ -d "$db" -c "BEGIN; LOCK TABLE v IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(30)" >/dev/null 2>&1 &
	locker=$!
	sleep 1
	start=$(date +%s)
	PGOPTIONS="-c lock_timeout=500ms" "$cli" "$(curl cli_a)" "$(curl cli_b)" >/dev/null 2>"$work/side.err"
	rc=$?
	took=$(($(date +%s) - start))
	check "$side fails while both are read: exit 1 within 5 s, the error is $side's (got $rc after ${took}s: $(head -c 200 "$work/side.err"))" \
		$([ "$rc" = 1 ] && [ "$took" -le 5 ] && grep -q "error: $side: server error while reading" "$work/side.err" &&
		  grep -q 'lock timeout' "$work/side.err" && ! grep -q 'reading stopped' "$work/side.err"; echo $?)
	end_lockers
done

psql_ -d postgres -c "DROP DATABASE IF EXISTS cli_a" -c "DROP DATABASE IF EXISTS cli_b" >/dev/null 2>&1
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
