#!/usr/bin/env bash
# Restore drill: load a database, pg_dump it, pg_restore it into a new database and prove that the
# restored copy is the same and that every hash still verifies.
#
#   npm run build && npm run fault:restore
#
# Uses the owner's PostgreSQL server: DATABASE_OWNER_URL, or DATABASE_URL (default
# postgres://postgres@127.0.0.1:5432/postgres; the user must be able to CREATE DATABASE and roles). The
# CLI runs as the app's login (scripts/support/db-logins.js), as in production. Creates veraz_drill_<pid> and veraz_drill_<pid>_restored
# and drops both at the end, whatever happens. Needs psql, pg_dump and pg_restore on PATH (same major
# version as the server or newer).
#
# Knobs: DRILL_OFFICIALS (200), DRILL_YEARS (3), DRILL_SEED (1), DRILL_KEEP_DUMP=1 keeps the dump file.
set -euo pipefail

cd "$(dirname "$0")/../.."
REPO=$(pwd)
CLI="$REPO/apps/api/dist/cli/main.js"
ADMIN_URL=${DATABASE_OWNER_URL:-${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}}
OFFICIALS=${DRILL_OFFICIALS:-200}
YEARS=${DRILL_YEARS:-3}
SEED=${DRILL_SEED:-1}
SRC=veraz_drill_$$
DST=${SRC}_restored
SLUG=drill
WORK=$(mktemp -d "${TMPDIR:-/tmp}/veraz-drill.XXXXXX")
DUMP="$WORK/$SRC.dump"

# postgres://user@host:port/db?x  ->  same URL with another database name
db_url() {
  node -e 'const u = new URL(process.argv[1]); u.pathname = "/" + process.argv[2]; console.log(u.toString())' "$ADMIN_URL" "$1"
}
SRC_URL=$(db_url "$SRC")
DST_URL=$(db_url "$DST")

now_ms() { date +%s%3N; }
secs() { awk -v ms="$1" 'BEGIN { printf "%.1f s", ms / 1000 }'; }
human() { numfmt --to=iec-i --suffix=B "$1" 2>/dev/null || echo "$1 bytes"; }
psql_q() { psql "$1" -X -v ON_ERROR_STOP=1 -Atq -c "$2"; }

cleanup() {
  local status=$?
  psql_q "$ADMIN_URL" "DROP DATABASE IF EXISTS $SRC WITH (FORCE)" >/dev/null 2>&1 || echo "warning: could not drop $SRC" >&2
  psql_q "$ADMIN_URL" "DROP DATABASE IF EXISTS $DST WITH (FORCE)" >/dev/null 2>&1 || echo "warning: could not drop $DST" >&2
  if [[ "${DRILL_KEEP_DUMP:-}" == 1 && -f "$DUMP" ]]; then
    echo "dump kept at $DUMP"
  else
    rm -rf "$WORK"
  fi
  exit $status
}
trap cleanup EXIT

FAILURES=0
check() { # check <label> <ok: 0|1> <detail>
  if [[ "$2" == 1 ]]; then echo "  ok   $1 ($3)"; else echo "  FAIL $1 ($3)"; FAILURES=$((FAILURES + 1)); fi
}

# The app's login on the database of an owner URL.
app_url() {
  node -e 'const u = new URL(process.argv[2]); console.log(require(process.argv[1]).appUrl(u.pathname.slice(1)))' "$REPO/scripts/support/db-logins.js" "$1"
}

# The CLI against one database (no Redis: queues live in PostgreSQL; a private data dir); it migrates as the owner.
cli() {
  local url=$1; shift
  env -u REDIS_URL DATABASE_OWNER_URL="$url" DATABASE_URL="$(app_url "$url")" VERAZ_DATA_DIR="$WORK/data" QUEUE_PREFIX="$SRC" NODE_ENV=test LOG_LEVEL=error \
    node "$CLI" "$@"
}

if [[ ! -f "$CLI" || ! -f "$REPO/apps/api/dist/cli/generate-command.js" ]]; then
  echo "apps/api/dist is missing or predates the generate command; building (npx tsc -b tsconfig.build.json)..."
  npx tsc -b tsconfig.build.json
fi

echo "restore drill: server $(psql_q "$ADMIN_URL" 'SHOW server_version'), pg_dump $(pg_dump --version | awk "{print \$3}"), $OFFICIALS officials x $YEARS years, seed $SEED"

# 1. Load ---------------------------------------------------------------------------------------
psql_q "$ADMIN_URL" "CREATE DATABASE $SRC"
cli "$SRC_URL" migrate >/dev/null
cli "$SRC_URL" institution create --slug "$SLUG" --name "Institución del simulacro" >/dev/null
t=$(now_ms)
cli "$SRC_URL" generate --institution "$SLUG" --officials "$OFFICIALS" --years "$YEARS" --seed "$SEED" 2>/dev/null
LOAD_MS=$(( $(now_ms) - t ))

# 2. Dump ---------------------------------------------------------------------------------------
t=$(now_ms)
pg_dump -Fc --dbname="$SRC_URL" --file="$DUMP"
DUMP_MS=$(( $(now_ms) - t ))
DUMP_BYTES=$(stat -c %s "$DUMP")

# 3. Restore ------------------------------------------------------------------------------------
# Roles (veraz_app, created by the first migration) are cluster-wide, so the GRANTs and RLS policies
# in the dump apply as they are. --no-owner: objects belong to whoever restores (a different cluster
# may not have the source's owner role). On another cluster, create the role first:
#   CREATE ROLE veraz_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
psql_q "$ADMIN_URL" "CREATE DATABASE $DST"
t=$(now_ms)
pg_restore --no-owner --exit-on-error --dbname="$DST_URL" "$DUMP"
RESTORE_MS=$(( $(now_ms) - t ))

# 4. Verify -------------------------------------------------------------------------------------
t=$(now_ms)
echo "checks on the restored database:"

q() { psql_q "$1" "$2"; }
SRC_FILINGS=$(q "$SRC_URL" "SELECT count(*) FROM filings")
DST_FILINGS=$(q "$DST_URL" "SELECT count(*) FROM filings")
check "filings count matches the source" "$([[ "$SRC_FILINGS" == "$DST_FILINGS" && "$DST_FILINGS" -gt 0 ]] && echo 1 || echo 0)" "$DST_FILINGS restored, $SRC_FILINGS in source"

SRC_PUBS=$(q "$SRC_URL" "SELECT count(*) FROM s1_publications")
DST_PUBS=$(q "$DST_URL" "SELECT count(*) FROM s1_publications")
check "s1_publications count matches the source" "$([[ "$SRC_PUBS" == "$DST_PUBS" ]] && echo 1 || echo 0)" "$DST_PUBS restored, $SRC_PUBS in source"

BAD_HASH=$(q "$DST_URL" "SELECT count(*) FROM filings WHERE encode(sha256(convert_to(canonical_json, 'UTF8')), 'hex') <> sha256")
check "every filing's sha256 = sha256(canonical_json)" "$([[ "$BAD_HASH" == 0 ]] && echo 1 || echo 0)" "$BAD_HASH mismatches"

# Folios: per institution and year, seq 1..n with no gaps or repeats, and the counter at n.
GAPS=$(q "$DST_URL" "SELECT count(*) FROM (
  SELECT institution_id, folio_year FROM filings GROUP BY 1, 2
  HAVING min(folio_seq) <> 1 OR max(folio_seq) <> count(*) OR count(DISTINCT folio_seq) <> count(*)) g")
YEAR_GROUPS=$(q "$DST_URL" "SELECT count(DISTINCT (institution_id, folio_year)) FROM filings")
check "folios gapless per institution and year" "$([[ "$GAPS" == 0 ]] && echo 1 || echo 0)" "$YEAR_GROUPS institution-years, $GAPS with gaps"
COUNTERS=$(q "$DST_URL" "SELECT count(*) FROM (SELECT institution_id, folio_year, max(folio_seq) AS m FROM filings GROUP BY 1, 2) f
  LEFT JOIN folio_counters c ON c.institution_id = f.institution_id AND c.year = f.folio_year WHERE c.last_seq IS DISTINCT FROM f.m")
check "folio counters continue where the filings end" "$([[ "$COUNTERS" == 0 ]] && echo 1 || echo 0)" "$COUNTERS counters off"

# Every table: same row count and same content fingerprint in both databases.
FINGERPRINT="SELECT string_agg(format('%s %s %s', t.table_name,
    (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I', t.table_name), false, true, '')))[1]::text,
    (xpath('/row/h/text()', query_to_xml(format('SELECT md5(coalesce(string_agg(x::text, %L ORDER BY x::text), %L)) AS h FROM %I x', chr(10), '', t.table_name), false, true, '')))[1]::text),
  chr(10) ORDER BY t.table_name)
  FROM information_schema.tables t WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'"
q "$SRC_URL" "$FINGERPRINT" >"$WORK/src.tables"
q "$DST_URL" "$FINGERPRINT" >"$WORK/dst.tables"
TABLES=$(wc -l <"$WORK/dst.tables")
if diff -q "$WORK/src.tables" "$WORK/dst.tables" >/dev/null; then
  check "every table: same rows and content fingerprint" 1 "$TABLES tables"
else
  check "every table: same rows and content fingerprint" 0 "differs: $(diff "$WORK/src.tables" "$WORK/dst.tables" | grep '^>' | awk '{print $2}' | paste -sd, -)"
fi

# Row-level security survived the restore (policies and FORCE flags), and the app role keeps its grants.
RLS_SRC=$(q "$SRC_URL" "SELECT count(*) FILTER (WHERE relrowsecurity), count(*) FILTER (WHERE relforcerowsecurity), (SELECT count(*) FROM pg_policies WHERE schemaname = 'public') FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'")
RLS_DST=$(q "$DST_URL" "SELECT count(*) FILTER (WHERE relrowsecurity), count(*) FILTER (WHERE relforcerowsecurity), (SELECT count(*) FROM pg_policies WHERE schemaname = 'public') FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'")
check "RLS tables/forced/policies as in the source" "$([[ "$RLS_SRC" == "$RLS_DST" ]] && echo 1 || echo 0)" "$(tr '|' '/' <<<"$RLS_DST")"
GRANTS_SRC=$(q "$SRC_URL" "SELECT count(*) FROM information_schema.role_table_grants WHERE grantee = 'veraz_app'")
GRANTS_DST=$(q "$DST_URL" "SELECT count(*) FROM information_schema.role_table_grants WHERE grantee = 'veraz_app'")
check "veraz_app grants as in the source" "$([[ "$GRANTS_SRC" == "$GRANTS_DST" && "$GRANTS_DST" -gt 0 ]] && echo 1 || echo 0)" "$GRANTS_DST table privileges"

# The audit chain, recomputed by the application itself (through veraz_app and RLS) on the copy.
if AUDIT=$(cli "$DST_URL" audit verify --institution "$SLUG" 2>&1); then
  check "audit verify --institution $SLUG (restored)" 1 "$AUDIT"
else
  check "audit verify --institution $SLUG (restored)" 0 "$AUDIT"
fi
if AUDIT=$(cli "$DST_URL" audit verify --platform 2>&1); then
  check "audit verify --platform (restored)" 1 "$AUDIT"
else
  check "audit verify --platform (restored)" 0 "$AUDIT"
fi
VERIFY_MS=$(( $(now_ms) - t ))

SRC_SIZE=$(q "$SRC_URL" "SELECT pg_database_size(current_database())")
DST_SIZE=$(q "$DST_URL" "SELECT pg_database_size(current_database())")

echo
echo "figures:"
echo "  filings:            $DST_FILINGS ($DST_PUBS S1 publications)"
echo "  load (generate):    $(secs "$LOAD_MS")"
echo "  pg_dump -Fc:        $(secs "$DUMP_MS"), dump file $(human "$DUMP_BYTES")"
echo "  pg_restore:         $(secs "$RESTORE_MS")"
echo "  verify:             $(secs "$VERIFY_MS")"
echo "  database size:      source $(human "$SRC_SIZE"), restored $(human "$DST_SIZE")"

if [[ "$FAILURES" -gt 0 ]]; then
  echo "restore drill FAILED: $FAILURES check(s)"
  exit 1
fi
echo "restore drill OK"
