#!/usr/bin/env bash
# Tests of scripts/platform with already built services, on free ports and a state directory of its
# own: `up` brings all five services to ready (and the documents they serve pass the external
# validators, scripts/lint-documents), a second `up` starts nothing twice, `down` stops them
# and leaves infrastructure it did not start alone.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

PLATFORM="$BUZZLINE_ROOT/scripts/platform"
export BUZZLINE_STATE_DIR
BUZZLINE_STATE_DIR="$(mktemp -d /tmp/buzzline-platform-test.XXXXXX)"
SERVICES=(gateway lobby match scoring content)
for s in "${SERVICES[@]}"; do export "BUZZLINE_${s^^}_PORT=$(free_port)" "BUZZLINE_${s^^}_MANAGEMENT_PORT=$(free_port)"; done
port_of() { local var="BUZZLINE_${1^^}_PORT"; echo "${!var}"; }

passed=0 failed=0
check() {
  local description="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "  ok   $description"
  else failed=$((failed + 1)); echo "  FAIL $description"; fi
}
ready() { curl -s --max-time 3 "http://127.0.0.1:$(management_port "$1")/q/health/ready" | grep -m1 '"status"' | grep -q '"UP"'; }
# Only this checkout's jars: other checkouts or tests on the machine may run the same service.
processes() { pgrep -f "$BUZZLINE_ROOT/services/$1/target/quarkus-app/quarkus-run.jar" | wc -l; }
not() { ! "$@"; }
trap '"$PLATFORM" down >/dev/null 2>&1; rm -rf "$BUZZLINE_STATE_DIR"' EXIT

echo "scripts/platform tests (state: $BUZZLINE_STATE_DIR)"
"$PLATFORM" up --no-build >"$BUZZLINE_STATE_DIR/up.log" 2>&1 || { echo "  up failed:"; tail -20 "$BUZZLINE_STATE_DIR/up.log"; }
for s in "${SERVICES[@]}"; do check "$s is ready after up" ready "$s"; done
check "up prints every service's URL" grep -q "http://127.0.0.1:$(management_port content)/q/health/ready" "$BUZZLINE_STATE_DIR/up.log"
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
check "every metric the dashboards and alert rules use is exported (observability-test.sh --scrape)" "$BUZZLINE_ROOT/scripts/tests/observability-test.sh" --scrape
# The published documents, as these services serve them, through the external validators (issue 18).
documents_valid() {
  "$BUZZLINE_ROOT/scripts/lint-documents" >"$BUZZLINE_STATE_DIR/documents.log" 2>&1 \
    || { tail -40 "$BUZZLINE_STATE_DIR/documents.log"; return 1; }
}
check "AsyncAPI and every served OpenAPI document pass @asyncapi/parser and Redocly's linter" documents_valid

"$PLATFORM" up --no-build >/dev/null 2>&1
for s in "${SERVICES[@]}"; do check "a second up leaves one $s" test "$(processes "$s")" -le 1; done

"$PLATFORM" down >/dev/null 2>&1
for s in "${SERVICES[@]}"; do check "down stops $s" not is_listening 127.0.0.1 "$(port_of "$s")"; done
check "down leaves the Redis it did not start running" is_listening 127.0.0.1 "${BUZZLINE_REDIS_PORT:-6379}"

echo "platform: $passed passed, $failed failed"
(( failed == 0 ))
