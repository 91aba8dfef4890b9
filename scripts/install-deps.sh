#!/usr/bin/env bash
# install-deps.sh — installs every Debian package the build, the tests and the
# demo need (a fresh Debian 12 has none of them). Idempotent; needs root.
set -euo pipefail
packages=(
	build-essential cmake pkg-config
	postgresql-15 postgresql-server-dev-15 postgresql-contrib libpq-dev postgresql-15-cron
	libgtest-dev libipc-run-perl
	bc # ../shared/realworld/run times each pair with it
)
missing=()
for p in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node and npm (scripts/install-remote-majors.sh: other majors' servers for
# test/crossversion) by command, not by package: a machine may have them from
# another source (nodesource's nodejs bundles npm and conflicts with Debian's).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
	missing+=(nodejs npm)
fi
if [ ${#missing[@]} -eq 0 ]; then
	exit 0
fi
if [ "$(id -u)" != 0 ]; then
	echo "install-deps.sh: missing packages (${missing[*]}); run as root" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
