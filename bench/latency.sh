#!/usr/bin/env bash
# Interaction latency in headless Chromium (src/test/java/org/optimizerplayground/perf/InteractionLatency.java):
# α slider / α field → map redrawn at speed=max, and step → update rule shown, 100 times each.
# Runs against PERF_URL if set, else starts the production jar (see bench/perf-common.sh).
# Usage: bench/latency.sh [count]
source "$(dirname "$0")/perf-common.sh"
"$JAVA" -cp "$PERF_CP" org.optimizerplayground.perf.InteractionLatency "$PERF_URL" "${1:-100}" | tee target/latency-result.txt
