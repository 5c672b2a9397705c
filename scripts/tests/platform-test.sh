#!/usr/bin/env bash
# Tests of scripts/platform with already built services, on free ports and a state directory of its
# own, through the commands the READMEs name: `scripts/platform up` builds nothing when the jars are
# newer than their sources and brings all six services to ready (and the documents they serve pass
# the external validators, scripts/lint-documents); `status`, `logs`, `scripts/seed-content` and
# `scripts/bots --help` print what they should; a second up, `up --bots 2`, starts nothing twice and
# plays a whole game with bots; `down` stops the services and leaves infrastructure it did not start
# alone. scripts/tests/commands-test.sh runs it as its platform step (issue 23's smoke stage, part of
# scripts/test), so these commands run once, in one platform, with no io.buzzline in the Maven repository.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

PLATFORM="$BUZZLINE_ROOT/scripts/platform"
export BUZZLINE_STATE_DIR
BUZZLINE_STATE_DIR="$(mktemp -d /tmp/buzzline-platform-test.XXXXXX)"
# What a caller's `scripts/stack env` exported (scripts/test exports it) names that stack's keys and
# emulator; this test's stack writes its own, and a token minted with the caller's key would be refused.
unset BUZZLINE_REDIS_URL FIRESTORE_EMULATOR_HOST BUZZLINE_TOKEN_PRIVATE_KEY BUZZLINE_SERVICE_PRIVATE_KEY BUZZLINE_TOKEN_PUBLIC_KEY
SERVICES=(gateway lobby match scoring content profile)
for s in "${SERVICES[@]}"; do export "BUZZLINE_${s^^}_PORT=$(free_port)" "BUZZLINE_${s^^}_MANAGEMENT_PORT=$(free_port)"; done
port_of() { local var="BUZZLINE_${1^^}_PORT"; echo "${!var}"; }
# The services find each other through these URLs (defaults: the default ports), as do scripts/bots and
# scripts/seed-content: point them at this test's ports, whatever a caller exported.
export BUZZLINE_LOBBY_URL="http://127.0.0.1:$(port_of lobby)" BUZZLINE_CONTENT_URL="http://127.0.0.1:$(port_of content)"
export BUZZLINE_PROFILE_URL="http://127.0.0.1:$(port_of profile)"
export BUZZLINE_GATEWAY_URL="http://127.0.0.1:$(port_of gateway)"

passed=0 failed=0
check() {
  local description="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "  ok   $description"
  else failed=$((failed + 1)); echo "  FAIL $description"; fi
}
ready() { curl -s --max-time 3 "http://127.0.0.1:$(management_port "$1")/q/health/ready" | grep -m1 '"status"' | grep -q '"UP"'; }
# This test's processes of a service: its jar, started with this test's state directory. Other tests and
# benchmarks may run the same jar at the same time (commands-test.sh runs its steps in two lanes).
processes() {
  local pid n=0
  for pid in $(pgrep -f "$BUZZLINE_ROOT/services/$1/target/quarkus-app/quarkus-run.jar"); do
    tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qxF "BUZZLINE_STATE_DIR=$BUZZLINE_STATE_DIR" && n=$((n + 1))
  done
  echo "$n"
}
not() { ! "$@"; }
trap '"$PLATFORM" down >/dev/null 2>&1; rm -rf "$BUZZLINE_STATE_DIR"' EXIT

echo "scripts/platform tests (state: $BUZZLINE_STATE_DIR)"
stale_services=()
for s in "${SERVICES[@]}"; do stale "services/$s" && stale_services+=("$s"); done
"$PLATFORM" up >"$BUZZLINE_STATE_DIR/up.log" 2>&1 || { echo "  up failed:"; tail -20 "$BUZZLINE_STATE_DIR/up.log"; }
if (( ${#stale_services[@]} == 0 )); then
  check "up builds nothing when every jar is newer than its sources" grep -q "not building" "$BUZZLINE_STATE_DIR/up.log"
else
  check "up builds the stale services (${stale_services[*]})" grep -q "building services/${stale_services[0]}" "$BUZZLINE_STATE_DIR/up.log"
fi
for s in "${SERVICES[@]}"; do check "$s is ready after up" ready "$s"; done
prints_every_url() {
  local s
  for s in "${SERVICES[@]}"; do
    grep -q "http://127.0.0.1:$(management_port "$s")/q/health/ready" "$BUZZLINE_STATE_DIR/up.log" || { echo "    no URL of $s"; return 1; }
  done
}
check "up prints every service's URL" prints_every_url
check "up seeds the question bank (or finds it seeded)" grep -q "^seed: " "$BUZZLINE_STATE_DIR/up.log"
# The commands the READMEs run against a platform that is up; each output is kept in the state directory.
prints() { # file regex command...: runs the command into file, true when it exits 0 and printed regex
  local file="$BUZZLINE_STATE_DIR/$1" regex="$2"; shift 2
  "$@" </dev/null >"$file" 2>&1 && grep -Eq -- "$regex" "$file" || { tail -15 "$file" | sed 's/^/    /'; return 1; }
}
all_up_in_status() {
  local s
  "$PLATFORM" status >"$BUZZLINE_STATE_DIR/status.log" 2>&1 || return 1
  for s in "${SERVICES[@]}"; do grep -Eq "^ +$s +pid [0-9]+ +ready: UP" "$BUZZLINE_STATE_DIR/status.log" || return 1; done
}
check "status shows every service's pid and ready: UP" all_up_in_status
logs_for_3s() { # logs follows the log until stopped: 3 s of it, then it must still have been following
  local rc=0
  timeout 3 "$PLATFORM" logs lobby >"$BUZZLINE_STATE_DIR/logs.log" 2>&1 </dev/null || rc=$?
  (( rc == 124 )) && grep -Eq 'lobby|[Qq]uarkus' "$BUZZLINE_STATE_DIR/logs.log"
}
check "logs lobby follows the lobby's log" logs_for_3s
check "scripts/seed-content reports on the bank" prints seed.log '^seed: the bank (already|now) holds' "$BUZZLINE_ROOT/scripts/seed-content"
check "scripts/bots --help lists its options" prints bots-help.log '--players' "$BUZZLINE_ROOT/scripts/bots" --help
# Health and metrics only on the management port: the service's own (public) port serves neither.
no_management_on_service_port() {
  local s code
  for s in "${SERVICES[@]}"; do
    for path in /q/health/ready /q/metrics; do
      code="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(port_of "$s")$path")"
      [[ "$code" == 404 ]] || { echo "    $s answered $path with $code on its own port"; return 1; }
    done
    code="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(management_port "$s")/q/metrics")"
    [[ "$code" == 200 ]] || { echo "    $s answered /q/metrics with $code on its management port"; return 1; }
  done
}
check "health and metrics answer on the management ports only" no_management_on_service_port
# The gateway's REST edge reaches each service it routes (an answer of the service's own: not the edge's 404
# for an unrouted path, nor its 502/504 for an upstream it cannot reach), and serves none of their /q/**.
edge_reaches_every_routed_service() {
  local route code
  for route in /api/lobby/games /api/content/config/languages /api/profile/shop/items; do
    code="$(curl -s -o /dev/null -w '%{http_code}' "$BUZZLINE_GATEWAY_URL$route")"
    (( code >= 200 && code < 500 && code != 404 )) || { echo "    the gateway answered $route with $code"; return 1; }
  done
  for route in /api/lobby/q/openapi /api/content/q/openapi /api/profile/q/openapi; do
    code="$(curl -s -o /dev/null -w '%{http_code}' "$BUZZLINE_GATEWAY_URL$route")"
    [[ "$code" == 404 ]] || { echo "    the gateway answered $route with $code"; return 1; }
  done
}
check "the gateway's edge reaches the lobby, content and profile, and none of their /q/**" edge_reaches_every_routed_service
check "every metric the dashboards and alert rules use is exported (observability-test.sh --scrape)" "$BUZZLINE_ROOT/scripts/tests/observability-test.sh" --scrape
# The published documents, as these services serve them, through the external validators (issue 18).
documents_valid() {
  "$BUZZLINE_ROOT/scripts/lint-documents" >"$BUZZLINE_STATE_DIR/documents.log" 2>&1 \
    || { tail -40 "$BUZZLINE_STATE_DIR/documents.log"; return 1; }
}
check "AsyncAPI and every served OpenAPI document pass @asyncapi/parser and Redocly's linter" documents_valid

# The README's `scripts/platform up --bots N`: a second up, which starts nothing, then a whole game of bots.
check "up --bots 2 plays a whole game to its final scores" prints up-bots.log 'Final scores' "$PLATFORM" up --bots 2
for s in "${SERVICES[@]}"; do check "a second up leaves one $s" test "$(processes "$s")" -eq 1; done

"$PLATFORM" down >/dev/null 2>&1
for s in "${SERVICES[@]}"; do check "down stops $s" not is_listening 127.0.0.1 "$(port_of "$s")"; done
check "down leaves the Redis it did not start running" is_listening 127.0.0.1 "${BUZZLINE_REDIS_PORT:-6379}"

echo "platform: $passed passed, $failed failed"
(( failed == 0 ))
