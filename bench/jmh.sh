#!/usr/bin/env bash
# Runs the engine's JMH benchmarks (src/test/java/org/optimizerplayground/bench) and prints the
# table. Extra arguments go to JMH, e.g. `bench/jmh.sh -p optimizer=adam` or a method filter
# such as `bench/jmh.sh 'EngineBenchmark.(single|straight)'`.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main \
  "${@:-EngineBenchmark}" -rf text -rff target/jmh-result.txt
