# Sourced by bench/latency.sh and bench/streaming.sh: compiles the measurement programs and,
# unless PERF_URL points at a running playground, starts the production jar on PERF_PORT
# (default 18091), building it first when target/ has none (or when PERF_BUILD=1), or the jar
# JAR names (to compare two builds back to back: JAR=old.jar bench/latency.sh). The server
# started here is stopped when the script ends.
set -euo pipefail
cd "$(dirname "$0")/.."
# The JDK Maven builds with (JAVA_HOME, Java 25), not whatever `java` comes first on the PATH.
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
mvn -o -q -B test-compile
mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
PERF_CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
if [[ -z "${PERF_URL:-}" ]]; then
  PERF_PORT="${PERF_PORT:-18091}"
  jar="${JAR:-$(ls target/optimizer-playground-*.jar 2>/dev/null | grep -v original | head -1 || true)}"
  if [[ -z "${JAR:-}" && ( -z "$jar" || "${PERF_BUILD:-0}" == 1 ) ]]; then
    mvn -o -q -B -Pproduction package -DskipTests
    jar=$(ls target/optimizer-playground-*.jar | grep -v original | head -1)
  fi
  # A copy, so that a build during the measurement cannot replace the jar under the server.
  cp "$jar" target/perf-server.jar
  "$JAVA" -jar target/perf-server.jar --server.port="$PERF_PORT" > target/perf-server.log 2>&1 &
  PERF_SERVER_PID=$!
  trap 'kill "$PERF_SERVER_PID" 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do
    if curl -s -o /dev/null "http://localhost:$PERF_PORT/"; then break; fi
    sleep 1
  done
  PERF_URL="http://localhost:$PERF_PORT"
fi
echo "playground at $PERF_URL; $(uptime)"
