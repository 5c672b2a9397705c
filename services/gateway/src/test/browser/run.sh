#!/usr/bin/env bash
# The web client's browser test: starts a content stand-in and the packaged match, lobby and gateway
# (fresh token keys, a Redis key prefix of their own), then drives a host and three players to the
# podium in headless Chromium (Debian's /usr/bin/chromium, playwright-core). Screenshots:
# services/gateway/target/browser/. Needs Redis (scripts/stack up), node >= 18, chromium, and the
# three services packaged (./mvnw -pl services/gateway,services/lobby,services/match -am package -DskipTests).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../../.." && pwd)"
cd "$root"
source scripts/lib/common.sh
select_jdk
url="${BUZZLINE_REDIS_URL:-redis://127.0.0.1:6379}"
prefix="browser-$(date +%s)-$$:"
work="$(mktemp -d)"
logs="services/gateway/target/browser"
mkdir -p "$logs"

command -v chromium >/dev/null || apt_install chromium \
  || die "the browser test needs Chromium: install it (Debian/Ubuntu: 'sudo apt-get install chromium')"
command -v node >/dev/null || die "the browser test needs node >= 18 and npm"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/private.pem" 2>/dev/null
openssl pkey -in "$work/private.pem" -pubout -out "$work/public.pem"
(cd "$here" && [[ -d node_modules/playwright-core ]] || npm install --no-audit --no-fund --silent)

content_port="$(free_port)"; match_port="$(free_port)"; lobby_port="$(free_port)"; gateway_port="$(free_port)"
# Health answers on each service's management port only.
match_management="$(free_port)"; lobby_management="$(free_port)"; gateway_management="$(free_port)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do stop_pid "$pid" || true; done
  redis-cli -u "$url" --scan --pattern "${prefix}*" | xargs -r -n 500 redis-cli -u "$url" UNLINK >/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
common=(BUZZLINE_REDIS_URL="$url" BUZZLINE_REDIS_KEY_PREFIX="$prefix"
        BUZZLINE_TOKEN_PRIVATE_KEY="$work/private.pem" BUZZLINE_TOKEN_PUBLIC_KEY="$work/public.pem")
node "$here/content-stand-in.mjs" "$content_port" & pids+=($!)
env "${common[@]}" BUZZLINE_MATCH_PORT="$match_port" BUZZLINE_MATCH_MANAGEMENT_PORT="$match_management" BUZZLINE_MATCH_INSTANCE_ID="browser-match" \
  BUZZLINE_CONTENT_URL="http://127.0.0.1:$content_port" \
  "$JAVA_HOME/bin/java" -Xmx256m -jar services/match/target/quarkus-app/quarkus-run.jar >"$logs/match.log" 2>&1 & pids+=($!)
# The lobby checks the host's pack with content at create: the stand-in, never a platform on 8084.
env "${common[@]}" BUZZLINE_LOBBY_PORT="$lobby_port" BUZZLINE_LOBBY_MANAGEMENT_PORT="$lobby_management" BUZZLINE_CONTENT_URL="http://127.0.0.1:$content_port" \
  "$JAVA_HOME/bin/java" -Xmx256m -jar services/lobby/target/quarkus-app/quarkus-run.jar >"$logs/lobby.log" 2>&1 & pids+=($!)
env "${common[@]}" BUZZLINE_GATEWAY_PORT="$gateway_port" BUZZLINE_GATEWAY_MANAGEMENT_PORT="$gateway_management" BUZZLINE_LOBBY_URL="http://127.0.0.1:$lobby_port" \
  BUZZLINE_CONTENT_URL="http://127.0.0.1:$content_port" \
  "$JAVA_HOME/bin/java" -Xmx256m -jar services/gateway/target/quarkus-app/quarkus-run.jar >"$logs/gateway.log" 2>&1 & pids+=($!)
for port in "$match_management" "$lobby_management" "$gateway_management"; do
  for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null && break
    sleep 0.2
  done
  curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null || { echo "service on $port not ready; logs in $logs"; exit 1; }
done
echo "== match :$match_port, lobby :$lobby_port, gateway :$gateway_port ready"
GATEWAY_URL="http://127.0.0.1:$gateway_port" SHOTS="$root/$logs" node "$here/game.test.mjs"
