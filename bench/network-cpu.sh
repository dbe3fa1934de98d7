#!/usr/bin/env bash
# The network engine's update next to the hand-written loop (NetworkBenchmark), in CPU time of
# the measuring thread: steadier than JMH's wall-clock figures on a shared, loaded machine.
# Usage: bench/network-cpu.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
echo "$(uptime)"
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xms1g -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.optimizerplayground.bench.NetworkCpuTime "$@"
echo "$(uptime)"
