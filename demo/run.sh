#!/usr/bin/env bash
# run.sh — the demo itself; scripts/demo.sh runs it inside pg_virtualenv.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
psql -X -q -c "CREATE DATABASE demo_local" -c "CREATE DATABASE demo_remote"
psql -X -q -v ON_ERROR_STOP=1 -d demo_local -f local.sql
psql -X -q -v ON_ERROR_STOP=1 -d demo_remote -f remote.sql
# The server connects to the remote itself, so the URL carries the password.
remote="postgresql://$PGUSER:$PGPASSWORD@$PGHOST:$PGPORT/demo_remote"
on_local() { psql -X -v ON_ERROR_STOP=1 -d demo_local -v remote="$remote" "$@"; }
on_local -q -c "CREATE EXTENSION pgschemadiff"

echo "== 1. the safety catch: without allow_drops, a migration that drops something is refused"
on_local <<<"SELECT sql FROM schema_diff(:'remote');" 2>&1 | sed 's/^/   /' || true
echo
echo "== 2. the migration that turns demo_local into demo_remote's schema, as a reviewer reads it"
on_local <<<"SELECT ordinal, kind, identity, action, destructive
             FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;"
echo "== 3. its SQL"
on_local -At <<<"SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal;"
echo
echo "== 4. applied in one transaction (psql \\gexec)"
on_local -q <<<"BEGIN;
SELECT sql FROM schema_diff(:'remote', allow_drops => true) ORDER BY ordinal \\gexec
COMMIT;"
echo "== 5. the rows are still there"
on_local -c 'SELECT c.id, c.name, o.status, o.total, o.total_with_tax
             FROM customer c JOIN "order" o ON o.customer_id = c.id ORDER BY c.id'
echo "== 6. a second diff is empty: the schemas match"
on_local -At <<<"SELECT count(*) || ' statements' FROM schema_diff(:'remote', allow_drops => true);"
