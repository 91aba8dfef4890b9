#!/usr/bin/env bash
# ensure-traversable.sh — the cluster runs as the "postgres" user, which must
# be able to traverse "/" (a freshly made chroot can have "/" at mode 0700).
set -euo pipefail
if [ "$(id -u)" = 0 ] && [ "$(stat -c %A / | cut -c10)" != x ]; then
	echo "note: making / traversable for the postgres user (chmod o+x /)"
	chmod o+x /
fi
