#!/usr/bin/env bash
# cluster.sh — start / stop a throwaway PostgreSQL cluster of another major
# (binaries from scripts/install-remote-majors.sh), used as the remote side of
# the cross-version suite. Sourced by run.sh; also usable by hand:
#   test/crossversion/cluster.sh start MAJOR PORT DIR   (prints nothing; server on localhost:PORT)
#   test/crossversion/cluster.sh stop DIR
# initdb and pg_ctl refuse to run as root: they run as the postgres user
# (created by Debian's postgresql-15 package), in DIR owned by it. Auth is
# trust for local and localhost connections; the superuser is "postgres".

xv_as_postgres() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

# xv_start MAJOR PORT DIR BINDIR
xv_start() {
	local major=$1 port=$2 dir=$3 bindir=$4
	mkdir -p "$dir"
	[ "$(id -u)" = 0 ] && chown postgres: "$dir"
	# a data dir must be mode 0700 and owned by the server's user
	xv_as_postgres "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 \
		--locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
		xv_as_postgres "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 \
			--locale=C >"$dir/initdb.log" 2>&1 || {
		echo "initdb of PostgreSQL $major failed:" >&2
		tail -n 20 "$dir/initdb.log" >&2
		return 1
	}
	xv_as_postgres "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
		-o "-p $port -k $dir -c listen_addresses=localhost -c fsync=off -c max_connections=30 -c autovacuum=off" \
		start >/dev/null || {
		echo "PostgreSQL $major did not start:" >&2
		tail -n 20 "$dir/server.log" >&2
		return 1
	}
}

# xv_stop DIR BINDIR
xv_stop() {
	local dir=$1 bindir=$2
	[ -f "$dir/data/postmaster.pid" ] || return 0
	xv_as_postgres "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
	set -euo pipefail
	here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
	case "${1:-}" in
	start)
		bindir=$("$here/../../scripts/install-remote-majors.sh" "$2" | awk '{print $2}')
		xv_start "$2" "$3" "$4" "$bindir"
		echo "$bindir" >"$4/bindir"
		;;
	stop) xv_stop "$2" "$(cat "$2/bindir")" ;;
	*)
		echo "usage: $0 start MAJOR PORT DIR | stop DIR" >&2
		exit 2
		;;
	esac
fi
