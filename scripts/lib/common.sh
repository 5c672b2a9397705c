# Shared by the scripts in scripts/: paths, logging and JDK selection. Source it; do not run it.

BUZZLINE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUZZLINE_STATE_DIR="${BUZZLINE_STATE_DIR:-$BUZZLINE_ROOT/.stack}"
export BUZZLINE_ROOT BUZZLINE_STATE_DIR

say() { printf '\033[1;34m[buzzline]\033[0m %s\n' "$*" >&2; }
warn() { printf '\033[1;33m[buzzline]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[buzzline]\033[0m %s\n' "$*" >&2; exit 1; }

# Major version of the java binary given ("1.8" counts as 8).
java_major() {
  local version
  version="$("$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}')"
  version="${version#1.}"
  echo "${version%%.*}"
}

# Exports JAVA_HOME as the newest JDK >= 21: JAVA_HOME itself when suitable, else the newest under
# /usr/lib/jvm (or BUZZLINE_JVM_DIR). The machine's default java may be older, so never rely on PATH.
select_jdk() {
  local best="" best_major=0 candidate major
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/javac" ]]; then
    major="$(java_major "$JAVA_HOME/bin/java")"
    if (( major >= 21 )); then
      best="$JAVA_HOME" best_major="$major"
    fi
  fi
  if [[ -z "$best" ]]; then
    for candidate in "${BUZZLINE_JVM_DIR:-/usr/lib/jvm}"/*/; do
      candidate="${candidate%/}"
      [[ -x "$candidate/bin/javac" && ! -L "$candidate" ]] || continue
      major="$(java_major "$candidate/bin/java")"
      if (( major >= 21 && major > best_major )); then
        best="$candidate" best_major="$major"
      fi
    done
  fi
  [[ -n "$best" ]] || die "No JDK >= 21 found (JAVA_HOME=${JAVA_HOME:-unset}, ${BUZZLINE_JVM_DIR:-/usr/lib/jvm}/*). Install one, e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 21+, or set JAVA_HOME."
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}

# True when a TCP server accepts connections at host:port.
is_listening() {
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

# Waits up to $3 seconds for host:port to accept connections.
await_listening() {
  local deadline=$((SECONDS + $3))
  until is_listening "$1" "$2"; do
    (( SECONDS < deadline )) || return 1
    sleep 0.2
  done
}

is_root() { [[ "$(id -u)" == 0 ]]; }

# apt-get install as root on Debian-like systems; returns non-zero where that is not possible.
apt_install() {
  is_root && command -v apt-get >/dev/null && [[ -f /etc/debian_version ]] || return 1
  if [[ ! -f "$BUZZLINE_STATE_DIR/.apt-updated" ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || return 1
    mkdir -p "$BUZZLINE_STATE_DIR" && touch "$BUZZLINE_STATE_DIR/.apt-updated"
  fi
  say "installing $* with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
}

# Sends SIGTERM to a pid and waits up to 15 s for it to exit, then SIGKILL.
stop_pid() {
  local pid="$1"
  [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 75); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
  kill -9 "$pid" 2>/dev/null || true
}

# A loopback TCP port nothing listens on right now, below the kernel's ephemeral range: a port from
# that range can become the local end of some outgoing connection between now and the moment the
# caller binds it (EADDRINUSE), which a run opening thousands of connections did hit.
# BUZZLINE_FREE_PORTS=FIRST-LAST narrows the draw: scripts/tests/commands-test.sh gives each of its lanes a
# range of its own, so two steps running at once never draw the same port before either binds it.
free_port() {
  local port low=32768 span first=20000
  read -r low _ </proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || true
  span=$(( low > 21024 ? low - 20000 : 12768 ))
  if [[ "${BUZZLINE_FREE_PORTS:-}" =~ ^([0-9]+)-([0-9]+)$ ]]; then
    first="${BASH_REMATCH[1]}" span=$(( BASH_REMATCH[2] - BASH_REMATCH[1] + 1 ))
  fi
  while :; do
    port=$((first + RANDOM % span))
    is_listening 127.0.0.1 "$port" || { echo "$port"; return; }
  done
}

# Maven helpers (module_classpath, BUZZLINE_MAVEN_REPO).
source "$BUZZLINE_ROOT/scripts/lib/maven.sh"

# The management port of a service (health and metrics; its own port serves neither): what
# BUZZLINE_<SERVICE>_MANAGEMENT_PORT says, else the default of its application.properties (9080–9085).
management_port() { # service
  local var="BUZZLINE_${1^^}_MANAGEMENT_PORT" default
  case "$1" in
    gateway) default=9080 ;; lobby) default=9081 ;; match) default=9082 ;; scoring) default=9083 ;; content) default=9084 ;;
    profile) default=9085 ;;
    *) die "no such service: $1" ;;
  esac
  echo "${!var:-$default}"
}
