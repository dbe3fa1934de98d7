#!/usr/bin/env bash
# Runs the engine's JMH benchmarks (src/test/java/org/optimizerplayground/bench) and prints the
# table. Extra arguments go to JMH, e.g. `bench/jmh.sh -p optimizer=adam` or a method filter
# such as `bench/jmh.sh 'EngineBenchmark.(single|straight)'`; quick settings for a shared machine:
# `bench/jmh.sh 'EngineBenchmark.(single|straight)' -f 1 -wi 3 -w 1 -i 5 -r 1`.
# After JMH's table (means), the best measured iteration of each benchmark is listed too: on a
# machine shared with other work it is the steadier figure to compare.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
echo "$(uptime)"
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main \
  "${@:-EngineBenchmark}" -rf text -rff target/jmh-result.txt | tee target/jmh-console.txt
echo "$(uptime)"
echo "Best measured iteration:"
awk '/^# Benchmark: /{b=$3; sub(/.*\./, "", b); p=""} /^# Parameters: /{p=$5; sub(/\)$/, "", p)}
     /^Iteration /{k=b" "p; v=$3+0; if (!(k in best) || v < best[k]) {best[k]=v; unit[k]=$4}; if (!(k in order)) {order[k]=++n; keys[n]=k}}
     END {for (i=1; i<=n; i++) printf "  %-40s %10.3f %s\n", keys[i], best[keys[i]], unit[keys[i]]}' target/jmh-console.txt
