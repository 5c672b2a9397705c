#!/usr/bin/env bash
# The web client's browser tests against the real platform: all six packaged services (gateway, lobby,
# match, scoring, content, profile; no stand-ins) on free ports, with a Redis key prefix, a Firestore project id and
# a PostgreSQL database of their own, so it runs beside a platform on the default ports and beside other
# tests. Content's bank gets this directory's questions.json through its import API (an editor token from
# scripts/token). Then, in headless Chromium (Debian's /usr/bin/chromium through playwright-core),
# game.test.mjs drives a host, three players and a spectator: both round modes to the podium, a reload
# mid-question; and profile.test.mjs has an editor stock the shop, a guest earn coins in a game, buy in the
# shop page, equip and create an account on the profile page, and sign in from a second browser context.
# Screenshots and the services' logs: services/gateway/target/browser/.
#
# Needs the stack (started here if it is not: scripts/stack up), node >= 18, chromium (installed with
# apt-get when missing and run as root), and the six services packaged:
#   ./mvnw -B -ntp package -DskipTests -pl services/gateway,services/lobby,services/match,services/scoring,services/content,services/profile -am
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../../.." && pwd)"
cd "$root"
source scripts/lib/common.sh
select_jdk
started=$SECONDS
"$root/scripts/stack" up >/dev/null
set -a; source "$BUZZLINE_STATE_DIR/env"; set +a
run="browser-$(date +%s)-$$"
prefix="$run:"
database="${run//-/_}"
logs="services/gateway/target/browser"
rm -rf "$logs"; mkdir -p "$logs"

command -v chromium >/dev/null || apt_install chromium \
  || die "the browser test needs Chromium: install it (Debian/Ubuntu: 'sudo apt-get install chromium')"
command -v node >/dev/null || die "the browser test needs node >= 18 and npm"
for s in gateway lobby match scoring content profile; do
  [[ -f "services/$s/target/quarkus-app/quarkus-run.jar" ]] \
    || die "services/$s is not packaged: ./mvnw -B -ntp package -DskipTests -pl services/$s -am"
done
(cd "$here" && [[ -d node_modules/playwright-core ]] || npm install --no-audit --no-fund --silent)

pg=(psql -q -h "${BUZZLINE_PG_HOST:-127.0.0.1}" -p "${BUZZLINE_PG_PORT:-5432}" -U "${BUZZLINE_PG_USER:-postgres}" -d postgres)
PGPASSWORD="${BUZZLINE_PG_PASSWORD:-}" "${pg[@]}" -c "CREATE DATABASE $database" >/dev/null
SERVICES=(match scoring content profile lobby gateway)
declare -A port management
for s in "${SERVICES[@]}"; do port[$s]="$(free_port)"; management[$s]="$(free_port)"; done
pids=()
cleanup() {
  for pid in "${pids[@]}"; do stop_pid "$pid" || true; done
  redis-cli -u "$BUZZLINE_REDIS_URL" --scan --pattern "${prefix}*" | xargs -r -n 500 redis-cli -u "$BUZZLINE_REDIS_URL" UNLINK >/dev/null || true
  PGPASSWORD="${BUZZLINE_PG_PASSWORD:-}" "${pg[@]}" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null || true
  curl -s -X DELETE "http://$FIRESTORE_EMULATOR_HOST/emulator/v1/projects/$run/databases/(default)/documents" >/dev/null || true
}
trap cleanup EXIT

url() { echo "http://127.0.0.1:${port[$1]}"; }
for s in "${SERVICES[@]}"; do
  env BUZZLINE_REDIS_KEY_PREFIX="$prefix" GOOGLE_CLOUD_PROJECT="$run" BUZZLINE_PG_DATABASE="$database" \
    "BUZZLINE_${s^^}_PORT=${port[$s]}" "BUZZLINE_${s^^}_MANAGEMENT_PORT=${management[$s]}" \
    BUZZLINE_MATCH_INSTANCE_ID="$run-match" BUZZLINE_GATEWAY_INSTANCE_ID="$run-gateway" \
    BUZZLINE_LOBBY_URL="$(url lobby)" BUZZLINE_CONTENT_URL="$(url content)" BUZZLINE_PROFILE_URL="$(url profile)" \
    "$JAVA_HOME/bin/java" -Xmx256m -jar "services/$s/target/quarkus-app/quarkus-run.jar" >"$logs/$s.log" 2>&1 &
  pids+=($!)
done
for s in "${SERVICES[@]}"; do
  for _ in $(seq 1 450); do
    curl -fs "http://127.0.0.1:${management[$s]}/q/health/ready" >/dev/null && break
    sleep 0.2
  done
  curl -fs "http://127.0.0.1:${management[$s]}/q/health/ready" >/dev/null || die "$s not ready in 90 s; its log: $logs/$s.log"
done
say "six services ready in $((SECONDS - started)) s: gateway $(url gateway)"

editor="Authorization: Bearer $("$root/scripts/token" editor browser-test 600)"
imported="$(curl -sf -H "$editor" -H 'Content-Type: application/json' --data-binary "@$here/questions.json" \
  "$(url content)/questions/import" | jq -r .imported)" && (( imported == $(jq length "$here/questions.json") )) \
  || die "importing questions.json into content failed (imported: ${imported:-none})"
say "content holds $imported imported questions"

GATEWAY_URL="$(url gateway)" SHOTS="$root/$logs" QUESTIONS="$here/questions.json" node "$here/game.test.mjs"
# The editor token stocks profile's shop; a fresh one, as the game above may have taken a while.
EDITOR_TOKEN="$("$root/scripts/token" editor browser-test 600)" GATEWAY_URL="$(url gateway)" SHOTS="$root/$logs" \
  node "$here/profile.test.mjs"
say "browser tests passed in $((SECONDS - started)) s; screenshots in $logs/"
