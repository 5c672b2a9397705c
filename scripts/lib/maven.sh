# Maven for the scripts: the project's own modules (io.buzzline:*) always come from the reactor
# (-am, target/ directories and jars), never from the local repository, so every script works on a
# machine where nothing was ever installed. Sourced by common.sh; do not run it.
#
# BUZZLINE_MAVEN_REPO: a local Maven repository to use instead of ~/.m2/repository. It reaches every
# ./mvnw the scripts run, including scripts that call ./mvnw directly, through MAVEN_ARGS (Maven >= 3.9
# adds it to every command line). scripts/tests/commands-test.sh uses it to run without io.buzzline.
if [[ -n "${BUZZLINE_MAVEN_REPO:-}" && " ${MAVEN_ARGS:-} " != *" -Dmaven.repo.local=$BUZZLINE_MAVEN_REPO "* ]]; then
  export MAVEN_ARGS="${MAVEN_ARGS:+$MAVEN_ARGS }-Dmaven.repo.local=$BUZZLINE_MAVEN_REPO"
fi

# ./mvnw from the repository root, batch and quiet, formatting checks skipped (scripts build, not verify).
# BUZZLINE_MAVEN_LOCK: a file to hold (flock) while Maven runs, so scripts running at once in one checkout
# (commands-test.sh's lanes) never build into the same target/ directories together.
mvnw_quiet() {
  local lock=()
  [[ -z "${BUZZLINE_MAVEN_LOCK:-}" ]] || lock=(flock "$BUZZLINE_MAVEN_LOCK")
  (cd "$BUZZLINE_ROOT" && ${lock[@]+"${lock[@]}"} ./mvnw -B -q -Dspotless.check.skip=true "$@")
}

# Prints MODULE's test classpath (its target/test-classes and target/classes, the project modules it
# depends on, then the external jars) after running GOALS (default test-compile) on MODULE and the
# project modules it depends on, in one reactor:
#   module_classpath services/match package -DskipTests    build the jar too
#   module_classpath libs/redis-streams                     compile only
# The reactor hands out its modules' target/ jars (after package) or directories (after test-compile);
# the last module of the reactor (MODULE, which depends on the others) writes the file last.
module_classpath() {
  local module="$1" file rc=0
  shift
  (( $# )) || set -- test-compile
  file="$(mktemp)"
  mvnw_quiet -pl "$module" -am "$@" dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$file" >&2 || rc=$?
  if (( rc != 0 )) || [[ ! -s "$file" ]]; then
    rm -f "$file"
    die "could not build $module and its classpath (./mvnw -pl $module -am $* dependency:build-classpath failed)"
  fi
  printf '%s:%s:%s\n' "$BUZZLINE_ROOT/$module/target/test-classes" "$BUZZLINE_ROOT/$module/target/classes" "$(cat "$file")"
  rm -f "$file"
}

# The file a module's build leaves for the scripts to run: a service's quarkus-run.jar, a library's jar.
packaged_output() { # module
  case "$1" in
    services/*) echo "$BUZZLINE_ROOT/$1/target/quarkus-app/quarkus-run.jar" ;;
    *) ls "$BUZZLINE_ROOT/$1"/target/buzzline-*.jar 2>/dev/null | grep -v -- '-tests\.jar$' | head -1 ;;
  esac
}

# True when MODULE's packaged output is missing or older than anything it is built from: its own
# src/main and pom, every library's (libs/*) src/main and pom, the services' parent pom and the root pom. Directories count too,
# so deleting a source file (which moves its directory's mtime) makes the output stale as well.
# Why: the scripts package a module only when this says so, so right after `./mvnw verify` or `package`
# of the same checkout they start at once instead of spending minutes on a build that would produce the
# same jars (on a 2-core machine `scripts/platform up` spent 342 s rebuilding what verify had just built;
# CI runs every README command after verify: issue 23). Each script's --no-build still skips the check.
stale() { # module
  local output
  output="$(packaged_output "$1")"
  [[ -n "$output" && -e "$output" ]] || return 0
  [[ -n "$(cd "$BUZZLINE_ROOT" && find "$1/src/main" "$1/pom.xml" libs/*/src/main libs/*/pom.xml services/pom.xml pom.xml \
    -newer "$output" -print -quit 2>/dev/null)" ]]
}
