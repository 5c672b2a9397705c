#!/usr/bin/env bash
# Runs every command the READMEs name, once, the way a new user meets them: against a local Maven
# repository that holds no io.buzzline artifacts (a hard-link copy of ~/.m2/repository with io/buzzline
# removed, passed to every ./mvnw through BUZZLINE_MAVEN_REPO), so each must find the project's own
# modules through the reactor. Every benchmark runs at its smoke size; each command must exit 0 and
# print its result lines. This is issue 23's smoke stage: scripts/test runs it after ./mvnw verify, so
# CI proves every README command on its clean clone. It fits there because the scripts build only
# what is missing or older than its sources (lib/maven.sh's stale: after verify they compile nothing
# new and package nothing) and because the platform commands run once, in one platform, inside
# scripts/tests/platform-test.sh (which scripts/test used to run on its own).
#
#   scripts/tests/commands-test.sh [--only NAME[,NAME...]] [--keep]
#
#   --only   run only these steps (names as printed, e.g. bench-redis-streams,jmh)
#   --keep   leave the run's directory (logs of every command, the Maven repository copy) in /tmp
# Environment: COMMANDS_TEST_M2 (the repository to copy, default ~/.m2/repository);
# COMMANDS_TEST_STEP_TIMEOUT (seconds one command may take, default 900); COMMANDS_TEST_LANES=1 (the steps
# one after the other instead of in two lanes at once).
# Everything runs on free ports, its own Redis key prefix, PostgreSQL database, Firestore emulator and
# project, and a state directory of its own: never on 8080-8085 and never stopping anyone else's servers.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
cd "$BUZZLINE_ROOT"

only="" keep=no
while (( $# )); do
  case "$1" in
    --only) only=",${2:?--only needs step names},"; shift ;;
    --keep) keep=yes ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument $1 (see scripts/tests/commands-test.sh --help)" ;;
  esac
  shift
done
select_jdk
# What a caller's `scripts/stack env` exported (scripts/test exports it) names that stack's keys and
# emulator; every command here uses this run's stack, whose keys a token minted with those would miss.
unset BUZZLINE_REDIS_URL FIRESTORE_EMULATOR_HOST BUZZLINE_TOKEN_PRIVATE_KEY BUZZLINE_SERVICE_PRIVATE_KEY BUZZLINE_TOKEN_PUBLIC_KEY

run="cmd$(date -u +%Y%m%d%H%M%S)$$"
work="$(mktemp -d "/tmp/buzzline-$run.XXXX")"
mkdir -p "$work/logs"

# ---------------------------------------------------------------- a Maven repository without io.buzzline
source_repo="${COMMANDS_TEST_M2:-$HOME/.m2/repository}"
# Hard links cost nothing, but only on the same filesystem; as part of scripts/test (CI) a full copy is
# still far cheaper than downloading everything again (and an offline build machine could not).
if [[ -d "$source_repo" ]] && cp -al "$source_repo" "$work/m2" 2>/dev/null; then
  say "Maven repository: hard-link copy of $source_repo in $work/m2"
elif rm -rf "$work/m2" && [[ -d "$source_repo" ]] && cp -a "$source_repo" "$work/m2" 2>/dev/null; then
  say "Maven repository: copy of $source_repo in $work/m2 (another filesystem: no hard links)"
else
  rm -rf "$work/m2"; mkdir -p "$work/m2"
  warn "could not copy $source_repo: starting from an empty repository (everything is downloaded)"
fi
rm -rf "$work/m2/io/buzzline"
export BUZZLINE_MAVEN_REPO="$work/m2"
export MAVEN_ARGS="${MAVEN_ARGS:+$MAVEN_ARGS }-Dmaven.repo.local=$BUZZLINE_MAVEN_REPO"

# ---------------------------------------------------------------- this run's names and ports
export BUZZLINE_STATE_DIR="$work/stack"
export BUZZLINE_GATEWAY_PORT="$(free_port)" BUZZLINE_LOBBY_PORT="$(free_port)" BUZZLINE_MATCH_PORT="$(free_port)"
export BUZZLINE_SCORING_PORT="$(free_port)" BUZZLINE_CONTENT_PORT="$(free_port)" BUZZLINE_PROFILE_PORT="$(free_port)"
for s in GATEWAY LOBBY MATCH SCORING CONTENT PROFILE; do export "BUZZLINE_${s}_MANAGEMENT_PORT=$(free_port)"; done
export BUZZLINE_LOBBY_URL="http://127.0.0.1:$BUZZLINE_LOBBY_PORT"
export BUZZLINE_CONTENT_URL="http://127.0.0.1:$BUZZLINE_CONTENT_PORT"
export BUZZLINE_PROFILE_URL="http://127.0.0.1:$BUZZLINE_PROFILE_PORT"
export BUZZLINE_GATEWAY_URL="http://127.0.0.1:$BUZZLINE_GATEWAY_PORT"
export BUZZLINE_REDIS_KEY_PREFIX="$run:"
export BUZZLINE_PG_DATABASE="$run"
export GOOGLE_CLOUD_PROJECT="$run"
export BUZZLINE_FIRESTORE_PORT="$(free_port)"
redis_url="redis://127.0.0.1:${BUZZLINE_REDIS_PORT:-6379}"

dev_pid=""
cleanup() {
  local rc=$?
  set +e
  [[ -n "$dev_pid" ]] && kill -- "-$dev_pid" 2>/dev/null
  jobs -p | xargs -r kill 2>/dev/null
  scripts/platform down >>"$work/logs/cleanup.log" 2>&1
  scripts/stack down >>"$work/logs/cleanup.log" 2>&1
  psql -h "${BUZZLINE_PG_HOST:-127.0.0.1}" -p "${BUZZLINE_PG_PORT:-5432}" -U "${BUZZLINE_PG_USER:-postgres}" -d postgres \
    -qc "DROP DATABASE IF EXISTS \"$run\" WITH (FORCE)" >/dev/null 2>&1
  redis-cli -u "$redis_url" --scan --pattern "$run*" 2>/dev/null | xargs -r -n 500 redis-cli -u "$redis_url" UNLINK >/dev/null 2>&1
  if [[ "$keep" == yes || $rc != 0 ]]; then say "run directory kept: $work"; else rm -rf "$work"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- steps
started=$SECONDS
mkdir -p "$work/results"
wanted() { [[ -z "$only" || "$only" == *",$1,"* ]]; }

# step NAME 'regex' ['regex' ...] -- command...: runs the command (output in logs/NAME.log), then
# checks it exited 0 and that its output matches every regex (grep -E), each a result line it prints.
# A command (not a function of this script) gets COMMANDS_TEST_STEP_TIMEOUT seconds (default 900), then
# fails: in CI a command that hangs after printing its figures (bench-lobby's did) must fail the run,
# not hold it until the job's own limit. timeout signals the command's whole process group.
step() {
  local name="$1" patterns=() t0=$SECONDS rc=0 missing=""
  shift
  while [[ "$1" != -- ]]; do patterns+=("$1"); shift; done
  shift
  if ! wanted "$name"; then echo "SKIP $name" >"$work/results/$name"; return 0; fi
  say "$name: $*"
  if [[ "$(type -t "$1")" == function ]]; then
    "$@" </dev/null >"$work/logs/$name.log" 2>&1 || rc=$?
  else
    timeout -k 15 "${COMMANDS_TEST_STEP_TIMEOUT:-900}" "$@" </dev/null >"$work/logs/$name.log" 2>&1 || rc=$?
    (( rc != 124 )) || echo "commands-test: timed out after ${COMMANDS_TEST_STEP_TIMEOUT:-900} s" >>"$work/logs/$name.log"
  fi
  local p
  for p in "${patterns[@]}"; do
    grep -Eq -- "$p" "$work/logs/$name.log" || missing+="${missing:+, }'$p'"
  done
  if (( rc == 0 )) && [[ -z "$missing" ]]; then
    grep -E -- "$(IFS='|'; echo "${patterns[*]}")" "$work/logs/$name.log" | head -8 | sed 's/^/    /' >&2 || true
    say "$name: PASS ($((SECONDS - t0)) s)"
    echo "PASS $name ($((SECONDS - t0)) s)" >"$work/results/$name"
  else
    tail -25 "$work/logs/$name.log" | sed 's/^/    /' >&2
    warn "$name: FAIL (exit $rc${missing:+; missing $missing}; log $work/logs/$name.log)"
    echo "FAIL $name (log: $work/logs/$name.log)" >"$work/results/$name"
  fi
}

# The steps run in two lanes at once: each waits on service start-ups, sleeps and think times for much of
# its run, and one after the other they kept two cores half idle (about 490 s here for ~460 s of CPU).
# Steps of different lanes share nothing but Redis, PostgreSQL and the emulator, each under names of its
# own: ports come from a range of the lane's own (BUZZLINE_FREE_PORTS), Maven runs one build at a time
# (BUZZLINE_MAVEN_LOCK, held by every script's Maven through lib/maven.sh), and the platform step counts
# only its own processes. COMMANDS_TEST_LANES=1 runs them one after the other (e.g. to read the figures).
export BUZZLINE_MAVEN_LOCK="$work/maven.lock"
# The run's infrastructure comes up before the lanes, so every step reuses it: a step that started the
# Firestore emulator itself would stop it when done, under the steps of the other lane still using it.
scripts/stack up >"$work/logs/stack-up.log" 2>&1 || { tail -20 "$work/logs/stack-up.log" >&2; die "scripts/stack up failed"; }
lane_platform() {
  # The platform on free ports, one platform for every command the READMEs run against it:
  # scripts/platform up (building nothing after verify), status, logs, scripts/seed-content,
  # scripts/lint-documents, scripts/bots, up --bots 2 (a whole game), down; each checked there.
  step platform 'scripts/platform tests' '^platform: [0-9]+ passed, 0 failed' -- scripts/tests/platform-test.sh
  step stack-status 'redis +127\.0\.0\.1' -- scripts/stack status
  step stack-env 'BUZZLINE_REDIS_URL=' -- scripts/stack env
  step bench-platform '== written to .*bench-platform-smoke\.md' 'p99' -- scripts/bench-platform --smoke
  step bench-scoring '^== throughput: ' '^== SCORE_UPDATED -> tallied' -- scripts/bench-scoring --smoke
  step bench-lobby '^create +[0-9]+ requests' '^join +[0-9]+ requests' -- scripts/bench-lobby --smoke
}
lane_benchmarks() {
  # The benchmark the issue found broken first: it only needs Redis.
  step bench-redis-streams 'raw redis-benchmark XADD' 'requests per second' '^no batching .* msg/s' '^batching .* msg/s' \
    '^connector / raw pipelined = ' -- \
    scripts/bench-redis-streams --smoke
  # The engine's JMH benchmarks (root README), at a smoke size through the documented property.
  step jmh '^Benchmark +Mode' '^DecideApplyBenchmark\.' '^ReplayBenchmark\.' -- \
    flock "$BUZZLINE_MAVEN_LOCK" ./mvnw -B -pl libs/engine -am -Pbench verify '-Djmh.args=-f 0 -wi 0 -i 1 -r 100ms -w 100ms'
  # Every other benchmark at its smoke size (each builds what it needs through the reactor).
  step bench-match 'commands/s' '^buzz -> BUZZ_PRESSED on the live channel: p50' -- scripts/bench-match --smoke
  step bench-gateway '^fanout: ' '^buzz: ' '^connections: ' -- scripts/bench-gateway --smoke
  step bench-content '^offline generation: [1-9]' '^packs, cached  : .*, errors 0 ' '^quest offer.*, errors 0 ' -- \
    scripts/bench-content --smoke
  step bench-game '^## Whole game: Buzzline vs Socket\.IO' 'CLASSIC' 'BUZZER' -- scripts/bench-game --smoke
}
lanes_ok=yes
if [[ "${COMMANDS_TEST_LANES:-2}" == 1 ]]; then
  lane_platform
  lane_benchmarks
else
  (BUZZLINE_FREE_PORTS=20000-25999 lane_platform) &
  platform_lane=$!
  (BUZZLINE_FREE_PORTS=26000-31999 lane_benchmarks) &
  benchmarks_lane=$!
  # A lane's exit status is not its steps' (each step reports in its result file): non-zero means the lane
  # itself stopped early, and the steps it did not reach reported nothing.
  wait "$platform_lane" || { warn "the platform lane stopped early (exit $?)"; lanes_ok=no; }
  wait "$benchmarks_lane" || { warn "the benchmarks lane stopped early (exit $?)"; lanes_ok=no; }
fi

# Dev mode (live reload) on this run's lobby port: ready, then stopped. Last: on our machines it runs
# on another Quarkus version (see scripts/dev), and compiling against it would make the steps after it
# compile the libraries again.
dev_mode() {
  setsid scripts/dev lobby -Ddebug=false -Dquarkus.console.disable-input=true </dev/null &
  dev_pid=$!
  local deadline=$((SECONDS + 600))
  until curl -fs "http://127.0.0.1:$BUZZLINE_LOBBY_MANAGEMENT_PORT/q/health/ready" >/dev/null; do
    kill -0 "$dev_pid" 2>/dev/null || { dev_pid=""; echo "scripts/dev exited"; return 1; }
    (( SECONDS < deadline )) || { echo "dev mode not ready within 600 s"; return 1; }
    sleep 1
  done
  echo "dev mode: lobby ready on port $BUZZLINE_LOBBY_PORT"
  kill -- "-$dev_pid" 2>/dev/null || true
  wait "$dev_pid" 2>/dev/null || true
  dev_pid=""
}
step dev 'dev mode: lobby ready' -- dev_mode

# ---------------------------------------------------------------- summary
results=("$work"/results/*)
count() { grep -l "^$1 " "${results[@]}" 2>/dev/null | wc -l; }
echo
echo "commands-test: $(count PASS) passed, $(count FAIL) failed, $(count SKIP) skipped in $((SECONDS - started)) s"
grep -h -v '^SKIP ' "${results[@]}" | sed 's/^/  /'
(( $(count FAIL) == 0 )) && [[ "$lanes_ok" == yes ]]
