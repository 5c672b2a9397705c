#!/usr/bin/env bash
# Tests of deploy/observability (the Grafana dashboards and the Prometheus alert rules).
#
#   scripts/tests/observability-test.sh           static checks: `promtool check rules` and `promtool test
#                                                 rules` (every alert's unit tests), every dashboard parses and
#                                                 every panel's query uses only metric names listed in
#                                                 deploy/observability/metrics.txt, and so does every rule
#   scripts/tests/observability-test.sh --scrape  against a running platform: every name in metrics.txt (so
#                                                 every name a dashboard or rule uses) is on some service's
#                                                 /q/metrics (management ports: management_port in lib/common.sh)
#
# promtool comes with Debian's `prometheus` package: found on the PATH (or $PROMTOOL), else installed with
# apt-get when run as root, else the test fails saying what to install.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

DIR="$BUZZLINE_ROOT/deploy/observability"
SERVICES=(gateway lobby match scoring content profile)

passed=0 failed=0
check() {
  local description="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "  ok   $description"
  else failed=$((failed + 1)); echo "  FAIL $description"; fi
}

find_promtool() {
  PROMTOOL="${PROMTOOL:-$(command -v promtool || true)}"
  if [[ -z "$PROMTOOL" ]]; then
    # The package installs a Prometheus server too; no service starts where policy-rc.d forbids it
    # (containers), and the tests need none.
    apt_install prometheus && PROMTOOL="$(command -v promtool || true)"
  fi
  [[ -n "$PROMTOOL" ]] || {
    echo "    promtool not found: install Debian's 'prometheus' package (apt-get install prometheus, as root)" \
      "or set PROMTOOL to a promtool binary"
    return 1
  }
}

rules_valid() { "$PROMTOOL" check rules "$DIR/alerts.yml"; }
# Run from the directory so that rule_files resolve as the test file names them.
rules_tested() { (cd "$DIR" && "$PROMTOOL" test rules alerts.test.yml); }
# promtool passes a rule nobody tested: every alert must appear in the test file.
every_alert_tested() {
  local untested
  untested="$(comm -23 <(sed -nE 's/^\s*- alert:\s*(\S+).*/\1/p' "$DIR/alerts.yml" | sort -u) \
    <(sed -nE 's/^\s*alertname:\s*(\S+).*/\1/p' "$DIR/alerts.test.yml" | sort -u))"
  [[ -z "$untested" ]] || { echo "$untested" | sed 's/^/    no test in alerts.test.yml: /'; return 1; }
}

# The metric names the PromQL in the dashboards (every panel's targets, rows included) and the rules
# uses, one per line as "<name><tab><where>". Names are what is left of an expression once strings, label
# matchers, ranges, grouping clauses, functions, keywords and numbers are taken out.
used_names() {
  python3 - "$DIR" <<'PY'
import json, pathlib, re, sys

KEYWORDS = {"by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless", "bool",
            "offset", "inf", "nan", "atan2"}

def names(expr):
    expr = re.sub(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'', '""', expr)
    expr = re.sub(r'\{[^}]*\}', '', expr)
    expr = re.sub(r'\[[^\]]*\]', '', expr)
    expr = re.sub(r'\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)', ' ', expr)
    found = set()
    for match in re.finditer(r'(?<![\w.])([A-Za-z_:][A-Za-z0-9_:]*)(\s*\()?', expr):
        token, call = match.group(1), match.group(2)
        if call or token.lower() in KEYWORDS:
            continue
        found.add(token)
    return found

def panels(items):
    for panel in items:
        yield panel
        yield from panels(panel.get("panels", []))

directory = pathlib.Path(sys.argv[1])
failures = 0
for path in sorted(directory.glob("dashboards/*.json")):
    try:
        dashboard = json.loads(path.read_text())
    except ValueError as e:
        print(f"    {path.name}: not JSON: {e}", file=sys.stderr)
        failures += 1
        continue
    if not dashboard.get("uid") or not dashboard.get("title"):
        print(f"    {path.name}: a dashboard needs a uid and a title", file=sys.stderr)
        failures += 1
    ids = [p.get("id") for p in panels(dashboard.get("panels", []))]
    if len(ids) != len(set(ids)):
        print(f"    {path.name}: panel ids repeat", file=sys.stderr)
        failures += 1
    for panel in panels(dashboard.get("panels", [])):
        if panel.get("type") == "row":
            continue
        targets = panel.get("targets") or []
        if not targets:
            print(f"    {path.name}: panel '{panel.get('title')}' has no query", file=sys.stderr)
            failures += 1
        for target in targets:
            expr = target.get("expr", "")
            if not expr.strip():
                print(f"    {path.name}: panel '{panel.get('title')}' has an empty query", file=sys.stderr)
                failures += 1
            for name in sorted(names(expr)):
                print(f"{name}\t{path.name}: panel '{panel.get('title')}'")

# The rules, without a YAML parser (none in python3's standard library): each expr is a block scalar
# `expr: |` followed by lines indented deeper, or an expression on the same line.
lines = (directory / "alerts.yml").read_text().splitlines()
i = 0
while i < len(lines):
    line = lines[i]
    alert = re.match(r'\s*- alert:\s*(\S+)', line)
    if alert:
        current = alert.group(1)
    expr = re.match(r'(\s*)expr:\s*(.*)$', line)
    if expr:
        indent, rest = len(expr.group(1)), expr.group(2)
        text = rest
        if rest.strip() in ("|", ">", "|-", ">-"):
            text = ""
            i += 1
            while i < len(lines) and (not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) > indent):
                text += lines[i] + "\n"
                i += 1
            i -= 1
        for name in sorted(names(text)):
            print(f"{name}\talerts.yml: {current}")
    i += 1
sys.exit(1 if failures else 0)
PY
}

listed() { grep -v '^\s*#' "$DIR/metrics.txt" | awk 'NF {print $1}' | sort -u; }

# Every name the dashboards and rules use is in metrics.txt (the names the services export).
names_listed() {
  local usage unlisted
  usage="$(used_names)" || return 1
  [[ -n "$usage" ]] || { echo "    no metric names found in the dashboards or rules"; return 1; }
  unlisted="$(awk -F'\t' 'NR == FNR {known[$1]; next} !($1 in known) {print $1 " (" $2 ")"}' <(listed) <(echo "$usage"))"
  [[ -z "$unlisted" ]] || { echo "$unlisted" | sed 's/^/    not in metrics.txt: /'; return 1; }
}

# Sample names on every service's /q/metrics, one per line.
exported() {
  local s port body
  for s in "${SERVICES[@]}"; do
    port="$(management_port "$s")"
    body="$(curl -s --max-time 10 "http://127.0.0.1:$port/q/metrics")" \
      || { echo "    $s: no answer on http://127.0.0.1:$port/q/metrics" >&2; return 1; }
    grep -v '^#' <<<"$body" | sed -E 's/[{ ].*//' | grep -v '^$'
  done | sort -u
}

# Every name the dashboards and rules use, and every name metrics.txt lists, is exported by some running
# service.
names_exported() {
  local usage scraped missing
  usage="$(used_names)" || return 1
  scraped="$(exported)" || return 1
  missing="$(comm -23 <({ listed; cut -f1 <<<"$usage"; } | sort -u) <(echo "$scraped"))"
  [[ -z "$missing" ]] || {
    echo "$missing" | while read -r name; do
      echo "    no service exports $name (used by: $(awk -F'\t' -v n="$name" '$1 == n {print $2}' <<<"$usage" | sort -u | paste -sd ';'))"
    done
    return 1
  }
}

case "${1:-}" in
  --scrape)
    echo "observability: metric names against the running platform"
    check "every metric the dashboards and alert rules use is exported by a running service" names_exported
    ;;
  "")
    echo "observability: dashboards and alert rules (deploy/observability)"
    if find_promtool; then
      echo "  (promtool: $PROMTOOL, $("$PROMTOOL" --version 2>&1 | head -1))"
      check "promtool check rules alerts.yml" rules_valid
      check "promtool test rules alerts.test.yml: every alert fires on its failure and stays quiet otherwise" rules_tested
    else
      failed=$((failed + 1))
    fi
    check "every alert rule has a test in alerts.test.yml" every_alert_tested
    check "dashboards parse, and every panel's query and every rule uses only names in metrics.txt" names_listed
    ;;
  *) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac

echo "observability: $passed passed, $failed failed"
(( failed == 0 ))
