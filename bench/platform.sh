#!/usr/bin/env bash
# Platform figures, for comparing two builds of the playground (e.g. before and after a move to a
# new Java / Spring Boot / Vaadin): cold production build time, jar size, start time and heap per
# idle tab. The engine's JMH figure is bench/jmh.sh, the interaction latency bench/latency.sh.
#
#   bench/platform.sh            all four figures (the cold build deletes target/ and node_modules/)
#   SKIP_BUILD=1 bench/platform.sh   reuse target/optimizer-playground-*.jar
#   TABS=100                     idle tabs opened for the heap figure
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
PORT=${PORT:-18490}
echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA" -version 2>&1 | sed -n 1p)"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  rm -rf target node_modules
  start=$(date +%s.%N)
  mvn -q -B -Pproduction package -DskipTests
  end=$(date +%s.%N)
  printf 'cold production build: %.1f s\n' "$(echo "$end - $start" | bc)"
fi
jar=$(ls target/optimizer-playground-*.jar | grep -v original | head -1)
printf 'jar: %s, %.1f MB\n' "$jar" "$(echo "$(stat -c %s "$jar") / 1048576" | bc -l)"

# Start time: three starts, each from launch to the first answer of the page (HTTP 200), and the
# figure Spring Boot logs itself.
cp "$jar" target/platform-server.jar
for i in 1 2 3; do
  start=$(date +%s.%N)
  "$JAVA" -Xmx2g -jar target/platform-server.jar --server.port="$PORT" > target/platform-server.log 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$PORT/"; do sleep 0.05; done
  end=$(date +%s.%N)
  printf 'start %d: first page after %.2f s; %s\n' "$i" "$(echo "$end - $start" | bc)" \
    "$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' target/platform-server.log)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done

# Heap per idle tab: the lecture-hall driver opens TABS paused tabs (protocol clients, no browser),
# and reports live heap after a full GC, minus before, divided by the tabs.
JAR=target/platform-server.jar BROWSERS=0 TWEAK=100000 WINDOW=10 SETTLE=5 LINK='play=false' \
  bench/lecture-hall.sh "${TABS:-100}"
