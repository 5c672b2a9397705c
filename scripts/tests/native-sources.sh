#!/usr/bin/env bash
# Runs the native build of every service up to the point where GraalVM would take over
# (quarkus.native.sources-only): Quarkus' native build steps, reflection registration and the
# native-image arguments are produced and checked, without needing GraalVM on the machine.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
select_jdk
cd "$BUZZLINE_ROOT"

services=(gateway lobby match scoring content profile)
modules="$(printf 'services/%s,' "${services[@]}")"
log="$BUZZLINE_STATE_DIR/native-sources.log"
mkdir -p "$BUZZLINE_STATE_DIR"
./mvnw -B -ntp package -Pnative -Dquarkus.native.sources-only=true -DskipTests -pl "${modules%,}" -am >"$log" 2>&1
status=$?

passed=0 failed=0
for service in "${services[@]}"; do
  if (( status == 0 )) && [[ -f "services/$service/target/native-sources/native-image.args" ]]; then
    passed=$((passed + 1)); echo "  ok   native sources of $service"
  else
    failed=$((failed + 1)); echo "  FAIL native sources of $service"
  fi
done
(( failed == 0 )) || { echo "see $log:"; grep -E 'ERROR|FAIL' "$log" | head -20; }
echo "native: $passed passed, $failed failed"
(( failed == 0 ))
