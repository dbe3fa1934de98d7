#!/usr/bin/env bash
# Streaming in headless Chromium (src/test/java/org/optimizerplayground/perf/Streaming.java):
# frames/s and lag at 10, 100, 1000 and 5000 updates/s with 1 and 8 runs.
# Runs against PERF_URL if set, else starts the production jar (see bench/perf-common.sh).
# Usage: bench/streaming.sh [seconds per configuration, default 10] [runs,… default 1,8] [speeds,… default 10,100,1000,5000]
source "$(dirname "$0")/perf-common.sh"
"$JAVA" -cp "$PERF_CP" org.optimizerplayground.perf.Streaming "$PERF_URL" "$@" | tee target/streaming-result.txt
