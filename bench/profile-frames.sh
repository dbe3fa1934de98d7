#!/usr/bin/env bash
# Where a frame's server CPU goes: the lecture-hall run (BROWSERS=0, no α changes) with Java Flight
# Recorder sampling the server for 25 s of steady state (after the tabs have opened and settled),
# then the samples of each part of the frame counted (bench/jfr-frame-breakdown.py).
#
#   bench/profile-frames.sh [N]      N tabs (default 150) of LINK (default speed=50&steps=3000)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JFR="${JAVA_HOME:+$JAVA_HOME/bin/}jfr"
if [[ -z "${JAR:-}" ]]; then
  mvn -o -q -B -Pproduction package -DskipTests
  JAR=target/profile-server.jar
  cp target/optimizer-playground-*.jar "$JAR"
fi
rm -f target/frames.jfr
# The recording starts DELAY (70) s after the server: start-up, the tabs opening at 20 a second and
# the 10 s settle are over by then even on a loaded machine (at 40 s, under load 15-25, part of the
# recording was still the tabs' opening), so it holds frames only. The window covers it.
DELAY=${DELAY:-70}
JAR="$JAR" JAVA_OPTS="-Xmx2g -XX:StartFlightRecording=delay=${DELAY}s,duration=25s,filename=target/frames.jfr,settings=profile" \
  BROWSERS=0 WINDOW=$((DELAY + 5)) SETTLE=10 TWEAK=100000 LINK="${LINK:-speed=50&steps=3000}" bench/lecture-hall.sh "${1:-150}"
"$JFR" print --events jdk.ExecutionSample --stack-depth 80 target/frames.jfr > target/frames-samples.txt
python3 bench/jfr-frame-breakdown.py target/frames-samples.txt
