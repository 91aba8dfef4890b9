#!/usr/bin/env bash
# run.sh — the cross-version suite: the local PostgreSQL 15 (with the
# extension installed, reached through the PG* environment as under
# pg_virtualenv) against remote servers of other majors.
#   test/crossversion/run.sh [MAJOR ...]        (default: 13 14 16 17 18)
# For each major: installs its binaries (scripts/install-remote-majors.sh,
# cached), starts a throwaway cluster on its own port, and runs every case of
# test/crossversion/cases (views and indexes printed differently, real
# changes to them), of the shared migra suite, of test/conformance/cases and
# of the ../shared/realworld pairs through ../shared/conformance/run with
# tool.sh:
#   identical  the target schema loaded into local 15 and into the remote:
#              schema_diff must return no rows;
#   migrate    the migration from the case's a.sql (local 15) to the target
#              on the remote applies, pg_dump -s equals the target loaded
#              into local 15, and a second diff is empty.
# A target the remote major cannot load (a feature newer than it) is "not
# applicable", with the reason printed, and counts neither way.
# Ends with "N passed, N failed". Remote clusters are stopped on every path.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=$root/../shared
[ -d "$shared/conformance" ] || shared=$(cd "$root/.." && pwd)/shared
runner=$shared/conformance/run
# shellcheck source=cluster.sh
source "$here/cluster.sh"

majors=("$@")
[ ${#majors[@]} -eq 0 ] && majors=(13 14 16 17 18)
work=$(mktemp -d /tmp/psd-crossversion.XXXXXX)
chmod 755 "$work"
started=()
stop_all() {
	local d
	for d in "${started[@]+"${started[@]}"}"; do
		xv_stop "$d" "$(cat "$d/bindir")"
		# The remote's data directory (GBs after the realworld pairs); the
		# logs under $work stay. XV_KEEP_DATA=1 keeps it.
		[ "${XV_KEEP_DATA:-0}" = 1 ] || rm -rf "$d"
	done
}
trap stop_all EXIT
trap 'echo "crossversion: interrupted" >&2; exit 130' INT TERM

# The realworld pairs as conformance cases (a = from, b = to), prepared as
# the realworld judge does: \restrict lines and SET transaction_timeout of a
# PG17+ pg_dump dropped. Compared with privileges, not extension versions
# (the judge does the same).
rw=$work/realworld-cases
mkdir -p "$rw"
printf '# name\tdir\toptions\troles\n' >"$rw/cases.tsv"
n=0
if [ -f "$shared/realworld/pairs.tsv" ]; then
	while IFS=$'\t' read -r proj from to; do
		[ "$proj" = project ] || [ -z "$proj" ] && continue
		n=$((n + 1))
		name=rw${n}_${proj}
		mkdir -p "$rw/$name"
		for side in a:"$from" b:"$to"; do
			sed -e '/^\\restrict /d' -e '/^\\unrestrict /d' -e '/^SET transaction_timeout/d' \
				"$shared/realworld/${side#*:}" >"$rw/$name/${side%%:*}.sql"
		done
		printf '%s\t%s\twith_privileges=true,ignore_extension_versions=true\t-\n' "$name" "$name" >>"$rw/cases.tsv"
	done <"$shared/realworld/pairs.tsv"
fi
chmod -R a+rX "$rw"

passed=0 failed=0 na=0
summary=()
for major in "${majors[@]}"; do
	t0=$(date +%s)
	echo "== PostgreSQL $major as the remote"
	bindir=$("$root/scripts/install-remote-majors.sh" "$major" | awk '{print $2}') || {
		echo "FAIL  install of PostgreSQL $major"
		failed=$((failed + 1))
		continue
	}
	# Ports below Linux's ephemeral range (32768-60999), where a client
	# connection cannot hold them; another port if one is taken anyway.
	ok=0
	for try in 0 1 2; do
		port=$((${XV_PORT_BASE:-29400} + 100 * try + major))
		dir=$work/pg$major
		rm -rf "$dir"
		mkdir -p "$dir"
		echo "$bindir" >"$dir/bindir"
		if xv_start "$major" "$port" "$dir" "$bindir"; then
			ok=1
			break
		fi
	done
	if [ $ok = 0 ]; then
		echo "FAIL  PostgreSQL $major did not start"
		failed=$((failed + 1))
		continue
	fi
	started+=("$dir")
	echo "remote: $("$bindir/postgres" --version) on localhost:$port"
	mp=0 mf=0 mn=0 ip=0 if_=0
	for set in xversion:"$here/cases" migra:"$shared/conformance/migra" \
		ours:"$root/test/conformance/cases" realworld:"$rw"; do
		label=${set%%:*}
		cases=${set#*:}
		# XV_SETS="xversion migra" runs only those sets (default: all four)
		[[ " ${XV_SETS:-xversion migra ours realworld} " == *" $label "* ]] || continue
		out=$work/$major-$label
		mkdir -p "$out"
		: >"$out/identical.tsv"
		XV_MAJOR=$major XV_PORT=$port XV_WORK=$out \
			bash "$runner" --cases "$cases" --db-prefix "xv${major}_" --workdir "$out/logs" \
			--tool "bash '$here/tool.sh' '{from}' '{to}'" >"$out/runner.out" 2>&1
		while IFS=$'\t' read -r status name reason; do
			[ -n "$status" ] || continue
			if [ "$status" = PASS ]; then
				mp=$((mp + 1))
			elif grep -q "^restored-remote oracle: equal" "$out/logs/$name/tool.stderr" 2>/dev/null; then
				mp=$((mp + 1))
				echo "PASS* $major migrate   $label/$name: the migrated database and the target dump alike as $major holds them (it keeps no SQL-standard call spelling)"
			elif grep -q "^not applicable on PostgreSQL" "$out/logs/$name/tool.stderr" 2>/dev/null; then
				mn=$((mn + 1))
				echo "N/A   $major migrate   $label/$name: $(head -n 1 "$out/logs/$name/tool.stderr")"
			elif [ "$status" = SKIP ]; then
				mn=$((mn + 1))
				echo "N/A   $major migrate   $label/$name: $reason"
			else
				mf=$((mf + 1))
				echo "FAIL  $major migrate   $label/$name: $reason"
			fi
		done <"$out/logs/results.tsv"
		while IFS=$'\t' read -r status name reason; do
			if [ "$status" = PASS ]; then
				ip=$((ip + 1))
			else
				if_=$((if_ + 1))
				echo "FAIL  $major identical $label/$name: $reason"
			fi
		done <"$out/identical.tsv"
	done
	xv_stop "$dir" "$bindir"
	secs=$(($(date +%s) - t0))
	line="PostgreSQL $major: migrate $mp passed, $mf failed, $mn not applicable; identical $ip passed, $if_ failed (${secs}s)"
	echo "$line"
	summary+=("$line")
	passed=$((passed + mp + ip))
	failed=$((failed + mf + if_))
	na=$((na + mn))
done
echo "== cross-version summary (logs: $work)"
printf '%s\n' "${summary[@]}"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
