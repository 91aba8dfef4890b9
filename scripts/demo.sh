#!/usr/bin/env bash
# demo.sh — the main job on a throwaway local cluster: two databases with
# different schemas, pgschemadiff installed in one, the migration printed,
# applied, and a second diff shown empty. Installs and builds what it needs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/install-deps.sh
scripts/build.sh
scripts/ensure-traversable.sh
exec pg_virtualenv -t bash demo/run.sh
