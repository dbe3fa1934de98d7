#!/usr/bin/env bash
# CPU time of the heaviest legal link's GET /api/trajectory answer (8 × 100 000 updates, ~118 MB of JSON):
# before (value by value through JsonWriter and a Writer) and after (straight into bytes), JSON and CSV,
# and the eight runs computed from nothing. `bench/api-answer.sh [rounds]` (default 7).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q -B test-compile
[[ -s target/bench.classpath ]] || mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
echo "$(uptime)"
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.optimizerplayground.web.api.TrajectoryAnswerTiming "$@"
echo "$(uptime)"
