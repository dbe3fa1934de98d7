#!/usr/bin/env bash
# Time to draw a link preview (/api/preview.png without its cache): PreviewTiming prints, per
# link, the median and best of 21 draws in the thread's CPU time and in wall time, with the load
# average before and after (the CPU time is the figure to compare on a shared machine).
# JMH instead: bench/jmh.sh PreviewBenchmark -f 1 -wi 3 -w 1 -i 5 -r 1
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
echo "$(uptime)"
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.optimizerplayground.bench.PreviewTiming
echo "$(uptime)"
