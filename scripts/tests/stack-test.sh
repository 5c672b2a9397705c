#!/usr/bin/env bash
# Tests of scripts/stack on ports and a state directory of their own, so they never touch the
# servers the rest of the suite uses: `up` twice starts nothing twice, `down` stops what `up`
# started and leaves a server it did not start alone.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

STACK="$BUZZLINE_ROOT/scripts/stack"
export BUZZLINE_STATE_DIR
BUZZLINE_STATE_DIR="$(mktemp -d /tmp/buzzline-stack-test.XXXXXX)"
chmod 755 "$BUZZLINE_STATE_DIR"
export BUZZLINE_REDIS_PORT BUZZLINE_PG_PORT BUZZLINE_FIRESTORE_PORT
BUZZLINE_REDIS_PORT="$(free_port)" BUZZLINE_PG_PORT="$(free_port)" BUZZLINE_FIRESTORE_PORT="$(free_port)"
FOREIGN_PORT="$(free_port)"

passed=0 failed=0
check() { # description command...
  local description="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "  ok   $description"
  else failed=$((failed + 1)); echo "  FAIL $description"; fi
}
count() { pgrep -f "$1" | wc -l; }
redis_count() { count "redis-server 127.0.0.1:$1"; }
postgres_count() { count "postgres -D $BUZZLINE_STATE_DIR/postgres/data"; }
firestore_count() { count "CloudFirestore start --host=127.0.0.1 --port=$BUZZLINE_FIRESTORE_PORT"; }
equals() { [[ "$1" == "$2" ]]; }
not() { ! "$@"; }

cleanup() {
  "$STACK" down >/dev/null 2>&1
  redis-cli -p "$FOREIGN_PORT" shutdown nosave >/dev/null 2>&1
  rm -rf "$BUZZLINE_STATE_DIR"
}
trap cleanup EXIT

echo "scripts/stack tests (state: $BUZZLINE_STATE_DIR)"
"$STACK" up >/dev/null 2>&1
check "up starts Redis on its port" is_listening 127.0.0.1 "$BUZZLINE_REDIS_PORT"
check "up starts PostgreSQL on its port" is_listening 127.0.0.1 "$BUZZLINE_PG_PORT"
check "up starts the Firestore emulator on its port" is_listening 127.0.0.1 "$BUZZLINE_FIRESTORE_PORT"
check "up creates the buzzline database" equals "$(psql -h 127.0.0.1 -p "$BUZZLINE_PG_PORT" -U postgres -d buzzline -tAc 'select 1')" 1
check "PostgreSQL runs as an unprivileged user" not equals "$(ps -o user= -p "$(head -1 "$BUZZLINE_STATE_DIR/postgres/data/postmaster.pid")")" root
check "up creates the token key, the service key and the JWKS of both" \
  equals "$(jq -r '[.keys[].kid] | join(",")' "$BUZZLINE_STATE_DIR/keys/verify-keys.jwks")" "token-1,service-1"
payload="$("$BUZZLINE_ROOT/scripts/token" editor | cut -d. -f2 | tr '_-' '/+')"
while (( ${#payload} % 4 )); do payload+="="; done
check "scripts/token editor signs an editor token of the platform's issuer and audience" \
  equals "$(base64 -d <<<"$payload" | jq -r '[.iss, .aud, .groups[0]] | join(",")')" "buzzline,buzzline,editor"
check "scripts/token refuses an unknown role" not "$BUZZLINE_ROOT/scripts/token" player

"$STACK" up >/dev/null 2>&1
check "a second up leaves one Redis" equals "$(redis_count "$BUZZLINE_REDIS_PORT")" 1
check "a second up leaves one PostgreSQL" equals "$(postgres_count)" 1
check "a second up leaves one Firestore emulator" equals "$(firestore_count)" 1
check "status says who started what" grep -q "started by scripts/stack" <("$STACK" status)

"$STACK" down >/dev/null 2>&1
check "down stops Redis" not is_listening 127.0.0.1 "$BUZZLINE_REDIS_PORT"
check "down stops PostgreSQL" not is_listening 127.0.0.1 "$BUZZLINE_PG_PORT"
check "down stops the Firestore emulator" not is_listening 127.0.0.1 "$BUZZLINE_FIRESTORE_PORT"

redis-server --daemonize yes --bind 127.0.0.1 --port "$FOREIGN_PORT" --save "" --appendonly no \
  --dir "$BUZZLINE_STATE_DIR" --logfile "$BUZZLINE_STATE_DIR/foreign.log" >/dev/null
await_listening 127.0.0.1 "$FOREIGN_PORT" 10
BUZZLINE_REDIS_PORT="$FOREIGN_PORT" "$STACK" up redis >/dev/null 2>&1
check "up reuses a Redis it did not start" equals "$(redis_count "$FOREIGN_PORT")" 1
BUZZLINE_REDIS_PORT="$FOREIGN_PORT" "$STACK" down redis >/dev/null 2>&1
check "down leaves a Redis it did not start running" is_listening 127.0.0.1 "$FOREIGN_PORT"

# The opt-in Redis Cluster: six nodes on consecutive ports whose cluster bus ports (10,000 above) are free too,
# all below the kernel's ephemeral range (as free_port picks): a port inside it can be the local port of a
# connection anything on the machine opened, and a node that cannot bind it never joins the cluster.
cluster_base() {
  local base i taken low=32768 attempt
  read -r low _ </proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || true
  (( low - 10006 > 20000 )) || low=32768
  for (( attempt = 0; attempt < 50; attempt++ )); do
    base=$((20000 + RANDOM % (low - 10006 - 20000))) taken=no
    for (( i = 0; i < 6; i++ )); do
      if is_listening 127.0.0.1 $((base + i)) || is_listening 127.0.0.1 $((base + i + 10000)); then taken=yes; fi
    done
    [[ "$taken" == no ]] && { echo "$base"; return; }
  done
  return 1
}
export BUZZLINE_REDIS_CLUSTER_PORT
BUZZLINE_REDIS_CLUSTER_PORT="$(cluster_base)"
cluster_nodes() { local n=0 i; for (( i = 0; i < 6; i++ )); do n=$((n + $(redis_count $((BUZZLINE_REDIS_CLUSTER_PORT + i))))); done; echo "$n"; }
"$STACK" up redis-cluster >"$BUZZLINE_STATE_DIR/cluster-up.log" 2>&1 \
  || { echo "  scripts/stack up redis-cluster failed (ports $BUZZLINE_REDIS_CLUSTER_PORT-$((BUZZLINE_REDIS_CLUSTER_PORT + 5))):"; sed 's/^/    /' "$BUZZLINE_STATE_DIR/cluster-up.log"; }
check "up redis-cluster forms a cluster whose every slot is served" \
  grep -q '^cluster_state:ok' <(redis-cli -p "$BUZZLINE_REDIS_CLUSTER_PORT" CLUSTER INFO | tr -d '\r')
check "the cluster has three masters with a replica each" \
  equals "$(redis-cli -p "$BUZZLINE_REDIS_CLUSTER_PORT" CLUSTER NODES | grep -c master)/$(redis-cli -p "$BUZZLINE_REDIS_CLUSTER_PORT" CLUSTER NODES | grep -c slave)" "3/3"
check "env names every node for scripts/platform up --redis-cluster" \
  grep -q "BUZZLINE_REDIS_CLUSTER_HOSTS=redis://127.0.0.1:$BUZZLINE_REDIS_CLUSTER_PORT,.*:$((BUZZLINE_REDIS_CLUSTER_PORT + 5))$" "$BUZZLINE_STATE_DIR/env"
redis-cli -c -p "$BUZZLINE_REDIS_CLUSTER_PORT" SET '{g:stack-test}:k' v >/dev/null
check "a key written through one node is read through another" \
  equals "$(redis-cli -c -p $((BUZZLINE_REDIS_CLUSTER_PORT + 4)) GET '{g:stack-test}:k')" v
"$STACK" up redis-cluster >/dev/null 2>&1
check "a second up redis-cluster leaves six nodes" equals "$(cluster_nodes)" 6
"$STACK" down >/dev/null 2>&1
check "down stops the cluster up started" equals "$(cluster_nodes)" 0

echo "stack: $passed passed, $failed failed"
(( failed == 0 ))
