#!/usr/bin/env bash
# The lecture-hall load test (issue 6, items 4 and 5) against the production jar.
#
#   bench/lecture-hall.sh [N …]          N students per run (default 50 150 300), one fresh server each
#   bench/lecture-hall.sh leak           1000 tabs opened and closed + 1000 abandoned, until session expiry
#   bench/lecture-hall.sh heavy [N …]    N students (default 300) on the heaviest legal link (8 runs × 100 000
#                                        updates), once at speed=max and once at 5 000 updates per second
#                                        (SPEEDS="5000" for one of them)
#   bench/lecture-hall.sh api [N [C]]    N tabs (default 100) play the heaviest link at 5 000 updates/s while
#                                        C clients (default 20) call GET /api/trajectory for it, over and over;
#                                        a caller told 503 waits its Retry-After (APIRETRY=ignore: asks again at once)
#
# Environment: JAR (skip the build and use this jar), PORT (18480), BROWSERS (5 Chromium windows
# beside the protocol clients), LINK (the query the students open), WINDOW/SETTLE (seconds),
# TWEAK (seconds between two α changes of one tab), JAVA_OPTS (the server's JVM options).
# Prints a table; rows are appended to target/lecture-hall.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."
# The JDK Maven builds with (JAVA_HOME, Java 25), not whatever `java` comes first on the PATH.
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
PORT=${PORT:-18480}
JAVA_OPTS=${JAVA_OPTS:--Xmx2g}
if [[ -z "${JAR:-}" ]]; then
  mvn -o -q -B -Pproduction package -DskipTests
  JAR=target/load-server.jar
  cp target/optimizer-playground-*.jar "$JAR"
fi
mvn -o -q -B test-compile
[[ -s target/bench.classpath ]] || mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"

server_pid=
start_server() {
  # shellcheck disable=SC2086
  "$JAVA" $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --management.server.port="$((PORT + 1))" "$@" \
    > target/lecture-hall-server.log 2>&1 &
  server_pid=$!
  for _ in $(seq 120); do
    curl -fs -o /dev/null "http://localhost:$PORT/api/trajectory?steps=1" && return 0
    sleep 0.5
  done
  echo "server did not start, see target/lecture-hall-server.log" >&2; exit 1
}
stop_server() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  server_pid=
}
trap stop_server EXIT

driver() {
  "$JAVA" -Xmx1g -cp "$CP" org.optimizerplayground.load.LectureHall base="http://localhost:$PORT" pid="$server_pid" \
    mgmt="http://localhost:$((PORT + 1))" "$@" \
    2> >(grep -v -e 'CDP' -e '^WARNING' -e 'ChromiumDriver' >&2)
}

if [[ "${1:-}" == leak ]]; then
  # Sessions expire after a minute of silence (Tomcat checks about once a minute).
  start_server --server.servlet.session.timeout=60s
  echo "# $(date -u +%FT%TZ) leak run, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  driver mode=leak closed="${CLOSED:-1000}" abandoned="${ABANDONED:-1000}" wait="${WAIT:-600}" \
    link="${LINK:-speed=100&steps=1000}"
  exit 0
fi

# The heaviest link SPEC allows: 8 runs of 100 000 updates (the one of issue 14).
HEAVY="surface=rastrigin&steps=100000$(printf '&run=adam(lr=0.01)%.0s' 1 2 3 4 5 6 7 8)"

# One table of rows, one fresh server per N: hall LINK N… (extra driver arguments in EXTRA).
hall() {
  local link=$1; shift
  echo "# $(date -u +%FT%TZ) $(nproc) cores, server JVM $JAVA_OPTS, link ?$link, tweak every ${TWEAK:-5} s"
  printf 'N\tserver CPU\tframes/core-s\tclient CPU\tChromium CPU\theap KB/session\tp50 ms\tp99 ms\tmax ms\tframes/s/tab\tbytes/frame\terrors\tChromium p50/p99 ms\tload before\tthreads\n'
  for one in "$@"; do
    start_server
    # shellcheck disable=SC2086
    driver n="$one" browsers="${BROWSERS:-5}" window="${WINDOW:-30}" settle="${SETTLE:-10}" tweak="${TWEAK:-5}" \
      link="$link" out=target/lecture-hall.tsv ${EXTRA:-} | sed -n '2,$p'
    stop_server
  done
}

if [[ "${1:-}" == heavy ]]; then
  shift
  for speed in ${SPEEDS:-max 5000}; do
    hall "$HEAVY&speed=$speed" "${@:-300}"
  done
  exit 0
fi
if [[ "${1:-}" == api ]]; then
  EXTRA="api=${3:-20} apilink=$HEAVY apiretry=${APIRETRY:-honour}" hall "$HEAVY&speed=5000" "${2:-100}"
  exit 0
fi

echo "# $(date -u +%FT%TZ) $(nproc) cores, server JVM $JAVA_OPTS, link ?${LINK:-speed=100&steps=1000}, tweak every ${TWEAK:-5} s"
printf 'N\tserver CPU\tframes/core-s\tclient CPU\tChromium CPU\theap KB/session\tp50 ms\tp99 ms\tmax ms\tframes/s/tab\tbytes/frame\terrors\tChromium p50/p99 ms\tload before\tthreads\n'
for n in "${@:-50 150 300}"; do
  for one in $n; do
    start_server
    driver n="$one" browsers="${BROWSERS:-5}" window="${WINDOW:-30}" settle="${SETTLE:-10}" tweak="${TWEAK:-5}" \
      link="${LINK:-speed=100&steps=1000}" out=target/lecture-hall.tsv | sed -n 2,4p
    stop_server
  done
done
