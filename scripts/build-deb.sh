#!/usr/bin/env bash
# build-deb.sh — builds the Debian packages (debian/) and tests them installed,
# on Debian 12 as root: installs the build dependencies (apt-get build-dep),
# runs `dpkg-buildpackage -us -uc -b` (which runs pg_regress against the built
# files), installs postgresql-15-pgschemadiff and pgschemadiff, then runs the
# package tests of debian/tests/ as autopkgtest would: pg_regress against the
# INSTALLED extension (`pg_buildext installcheck`, no extension_destdir) and the
# installed command against two databases.
# The tree is copied to $PSD_DEB_DIR (default /var/tmp/pgschemadiff-deb, emptied
# first): the build-time tests' server runs as "postgres" and loads the
# extension from the build tree, which must be readable by it (/root is not).
# The .debs end up in $PSD_DEB_DIR. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
say() { echo "== build-deb: $*"; }
if [ "$(id -u)" != 0 ]; then
	echo "build-deb.sh: run it as root (it installs packages)" >&2
	exit 1
fi

# The package version is the extension's default_version.
version=$(sed -n "s/^default_version = '\(.*\)'$/\1/p" pgschemadiff.control)
deb_version=$(sed -n '1s/^pgschemadiff (\([^)]*\)).*/\1/p' debian/changelog)
if [ -z "$version" ] || [ "$version" != "$deb_version" ]; then
	echo "build-deb.sh: debian/changelog's version ($deb_version) is not pgschemadiff.control's default_version ($version)" >&2
	exit 1
fi

export DEBIAN_FRONTEND=noninteractive
say "installing the build tools"
apt-get update -q
apt-get install -y -q --no-install-recommends dpkg-dev debhelper postgresql-common git

work=${PSD_DEB_DIR:-/var/tmp/pgschemadiff-deb}
src=$work/pgschemadiff-$version
say "copying the tree to $src"
rm -rf "$work"
mkdir -p "$src"
chmod 755 "$work" "$src"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	# tracked and untracked files, not the ignored ones (build/, *.o, results/)
	git ls-files -z --cached --others --exclude-standard |
		tar --null -T - --ignore-failed-read -cf - | tar -C "$src" -xf -
else
	cp -a . "$src"
fi
scripts/ensure-traversable.sh # the clusters run as "postgres"

cd "$src"
say "installing the build dependencies (debian/control)"
apt-get build-dep -y -q ./
say "dpkg-buildpackage -us -uc -b"
dpkg-buildpackage -us -uc -b -j"$(nproc)"

cd "$work"
debs=(postgresql-*-pgschemadiff_"$version"_*.deb pgschemadiff_"$version"_*.deb)
for f in "${debs[@]}"; do
	[ -f "$f" ] || { echo "build-deb.sh: no package $f in $work" >&2; exit 1; }
done
say "built: ${debs[*]}"
say "installing them"
apt-get install -y -q --no-install-recommends "${debs[@]/#/./}"

cd "$src"
versions=$(pg_buildext installed-versions)
for v in $versions; do
	so=$(dpkg -L "postgresql-$v-pgschemadiff" | grep '/pgschemadiff\.so$')
	say "PostgreSQL $v loads $so (package postgresql-$v-pgschemadiff)"
done
rm -f ./*.so # make sure nothing but the installed package can be loaded
say "package test: installcheck (pg_regress against the installed extension)"
debian/tests/installcheck
say "package test: command (the installed pgschemadiff)"
debian/tests/command
cli_version=$(pgschemadiff --version)
say "pgschemadiff --version: $cli_version"
case $cli_version in
pgschemadiff\ "$version") ;;
pgschemadiff\ *) echo "build-deb.sh: warning: the command reports another version than the package ($version)" >&2 ;;
*)
	echo "build-deb.sh: unexpected --version output" >&2
	exit 1
	;;
esac
say "ok: packages built in $work, installed, installcheck and the command test passed"
