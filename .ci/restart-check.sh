#!/usr/bin/env bash
# Starts the built WAR on the given MySQL/MariaDB URL with demo data, adds an organisation, stops the
# app, starts it again and checks that every record is still there and nothing was seeded twice.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/jdk.sh
URL="$1"
# the database user and password (default steward/steward; an empty password means none)
DB_USER="${2:-steward}"
DB_PASSWORD="${3-steward}"
PORT=8089
BASE="http://127.0.0.1:$PORT"
AUTH="secretariat@steward.example:steward-demo"
LOG=target/restart-check.log

start() {
  PARTNERSHIP_DB_URL="$URL" PARTNERSHIP_DB_USER="$DB_USER" PARTNERSHIP_DB_PASSWORD="$DB_PASSWORD" \
  MALLOC_ARENA_MAX=2 PARTNERSHIP_DEMO_DATA=true "$JAVA" @config/jvm.options -Djava.io.tmpdir=target -jar target/payara-micro.jar \
    --deploy target/steward.war --contextroot / --port $PORT --nohazelcast --disablephonehome \
    --prebootcommandfile config/preboot.txt >>"$LOG" 2>&1 &
  APP=$!
  for _ in $(seq 1 120); do
    # exactly 200: a redirect (to the login page, say) is no readiness answer
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready")" = 200 ]; then return 0; fi
    kill -0 $APP 2>/dev/null || { echo "app exited; see $LOG"; exit 1; }
    sleep 1
  done
  echo "app not ready after 120 s; see $LOG"; exit 1
}

stop() {
  kill $APP; wait $APP || true
}

count() {
  curl -sf -u "$AUTH" "$BASE/api/organizations" | grep -o '"id":' | wc -l
}

: >"$LOG"
start
# the production layout: /openapi is the application's and answers a client that asks for YAML (RFC 9512)
openapi=$(curl -s -o /dev/null -w '%{http_code} %{content_type}' -H 'Accept: application/yaml' "$BASE/openapi")
case "$openapi" in
  "200 application/yaml"*) echo "GET /openapi (Accept: application/yaml): $openapi" ;;
  *) echo "FAILED: GET /openapi with Accept: application/yaml answered $openapi"; stop; exit 1 ;;
esac
before=$(count)
curl -sf -u "$AUTH" -H 'Content-Type: application/json' \
  -d '{"name":"Restart Check Utility","sector":"PUBLIC","kind":"CRITICAL_INFRASTRUCTURE","region":"Twin Cities metro"}' \
  "$BASE/api/organizations" >/dev/null
stop
start
after=$(count)
stop
echo "organizations before: $before, after adding one and restarting: $after"
if [[ "$after" -ne $((before + 1)) ]]; then
  echo "FAILED: records lost or demo data seeded twice"; exit 1
fi
echo "restart check passed on $URL"
