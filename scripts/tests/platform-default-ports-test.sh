#!/usr/bin/env bash
# The README's two commands in either order, on the platform's default ports (8080-8085, or the
# BUZZLINE_<SERVICE>_PORT values): with the platform up, a service module's whole `./mvnw verify`
# passes (no test binds a platform port); a service killed with SIGKILL, or whose recorded pid is a
# zombie or another process, is started again by `scripts/platform up --no-build` at once; `down` then
# `up` is clean. A platform of this checkout already up is used and left up; otherwise the test starts
# one with a state directory of its own and stops it. Needs the services packaged (scripts/test runs it
# after ./mvnw verify).
#
#   scripts/tests/platform-default-ports-test.sh [module=services/content]
#
# content by default: its @QuarkusTests would have bound 8084, which the running content holds, and its
# tests are single-process (the multi-process chaos tests elsewhere are timing-sensitive on a machine
# also running the six services). Every service's test ports are also checked where they are set
# (application.properties), which is what keeps each module's tests off the platform's ports.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

PLATFORM="$BUZZLINE_ROOT/scripts/platform"
MODULE="${1:-services/content}"
SERVICES=(gateway lobby match scoring content profile)
declare -A DEFAULT_PORTS=([gateway]=8080 [lobby]=8081 [match]=8082 [scoring]=8083 [content]=8084 [profile]=8085)
port_of() { local var="BUZZLINE_${1^^}_PORT"; echo "${!var:-${DEFAULT_PORTS[$1]}}"; }
ready() { curl -s --max-time 3 "http://127.0.0.1:$(management_port "$1")/q/health/ready" | grep -m1 '"status"' | grep -q '"UP"'; }
all_ready() { local s; for s in "${SERVICES[@]}"; do ready "$s" || return 1; done; }

passed=0 failed=0
check() {
  local description="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "  ok   $description"
  else failed=$((failed + 1)); echo "  FAIL $description"; fi
}

busy=()
for s in "${SERVICES[@]}"; do is_listening 127.0.0.1 "$(port_of "$s")" && busy+=("$s"); done
export BUZZLINE_STATE_DIR
if (( ${#busy[@]} == ${#SERVICES[@]} )) && (( $("$PLATFORM" status 2>/dev/null | grep -c ' pid ') == ${#SERVICES[@]} )); then
  own=no
  echo "platform on default ports: using the platform already up (state: $BUZZLINE_STATE_DIR)"
elif (( ${#busy[@]} == 0 )); then
  own=yes
  BUZZLINE_STATE_DIR="$(mktemp -d /tmp/buzzline-default-ports-test.XXXXXX)"
  trap '"$PLATFORM" down >/dev/null 2>&1; rm -rf "$BUZZLINE_STATE_DIR"' EXIT
  echo "platform on default ports: starting it (state: $BUZZLINE_STATE_DIR)"
  "$PLATFORM" up --no-build >"$BUZZLINE_STATE_DIR/up.log" 2>&1 || { echo "  up failed:"; tail -20 "$BUZZLINE_STATE_DIR/up.log"; exit 1; }
else
  die "the ports of ${busy[*]} are taken, but not by a platform of this checkout: stop what holds them (scripts/platform status shows this checkout's services)"
fi
check "every service is ready on its default port" all_ready

# What keeps a service's @QuarkusTests off its platform port: both test ports 0 (any free port).
test_ports_free() {
  local s file
  for s in "${SERVICES[@]}"; do
    file="$BUZZLINE_ROOT/services/$s/src/main/resources/application.properties"
    grep -qx 'quarkus.http.test-port=0' "$file" && grep -qx 'quarkus.management.test-port=0' "$file" \
      || { echo "       $file must set quarkus.http.test-port=0 and quarkus.management.test-port=0"; return 1; }
  done
}
check "every service's tests take free ports (test-port=0 for HTTP and management)" test_ports_free

# A whole module's tests next to the running platform; the reactor builds its libraries first (their
# own tests are not this test's business). Output: $BUZZLINE_STATE_DIR/module-verify.log.
set -a; source "$BUZZLINE_STATE_DIR/env"; set +a
select_jdk
# Surefire and failsafe each get the module's classes by their own naming (surefire's *Test/*Tests, failsafe's
# *IT): one pattern for both made failsafe run every test class of the module a second time.
module_verify() {
  local package="io/buzzline/${MODULE##*/}/**"
  (cd "$BUZZLINE_ROOT" && ./mvnw -B -ntp -pl "$MODULE" -am verify -Dtest="$package/*Test,$package/*Tests" -Dit.test="$package/*IT" \
    -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false) \
    >"$BUZZLINE_STATE_DIR/module-verify.log" 2>&1 \
    || { grep -E 'Tests run:|FAIL|ERROR\]' "$BUZZLINE_STATE_DIR/module-verify.log" | head -20; return 1; }
  # The patterns skip what they do not match without failing: a run that ran no test proves nothing.
  grep -Eq 'Tests run: [1-9]' "$BUZZLINE_STATE_DIR/module-verify.log" \
    || { echo "       no test of $MODULE ran (patterns $package/*Test,*Tests,*IT)"; return 1; }
}
started=$SECONDS
check "./mvnw verify of $MODULE passes while the platform is up" module_verify
echo "       ($((SECONDS - started)) s; log: $BUZZLINE_STATE_DIR/module-verify.log)"
check "the platform is still ready after the module's tests" all_ready

pid_file="$BUZZLINE_STATE_DIR/services/lobby.pid"
# up must start lobby again (not call it "already running"), within a few seconds of its own start-up.
restarts_lobby() {
  local before started
  before="$(cat "$pid_file")"
  started=$SECONDS
  "$PLATFORM" up --no-build >"$BUZZLINE_STATE_DIR/restart.log" 2>&1 || { tail -5 "$BUZZLINE_STATE_DIR/restart.log"; return 1; }
  echo "       (up took $((SECONDS - started)) s)"
  ! grep -q "lobby: already running" "$BUZZLINE_STATE_DIR/restart.log" && [[ "$(cat "$pid_file")" != "$before" ]] \
    && ready lobby && (( SECONDS - started < 90 ))
}
kill_lobby() {
  local pid; pid="$(cat "$pid_file")"
  kill -9 "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
}

kill_lobby
check "up --no-build starts a lobby killed with SIGKILL again at once" restarts_lobby

# A recorded pid now held by another process: a parent that never reaps its child makes a zombie of it.
kill_lobby
bash -c 'sleep 0 & echo $! >"$1"; exec sleep 60' _ "$BUZZLINE_STATE_DIR/zombie.pid" &
holder=$!
sleep 0.5
cp "$BUZZLINE_STATE_DIR/zombie.pid" "$pid_file"
check "up --no-build starts a lobby whose recorded pid is a zombie" restarts_lobby
kill_lobby
echo "$holder" >"$pid_file"
check "up --no-build starts a lobby whose recorded pid is another live process" restarts_lobby
kill "$holder" 2>/dev/null

if [[ "$own" == yes ]]; then
  "$PLATFORM" down >/dev/null 2>&1
  all_free() { local s; for s in "${SERVICES[@]}"; do ! is_listening 127.0.0.1 "$(port_of "$s")" || return 1; done; }
  check "down frees every port" all_free
  "$PLATFORM" up --no-build >"$BUZZLINE_STATE_DIR/up-again.log" 2>&1
  check "up after down brings every service to ready" all_ready
fi

echo "platform on default ports: $passed passed, $failed failed"
(( failed == 0 ))
