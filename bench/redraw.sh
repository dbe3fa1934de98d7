#!/usr/bin/env bash
# Cost of one redraw of each chart with 8 long runs, in headless Chromium
# (src/test/java/org/optimizerplayground/perf/RedrawCost.java). Runs against PERF_URL if set,
# else starts the production jar (see bench/perf-common.sh).
# Usage: bench/redraw.sh [steps,… default 200,1000,5000]
source "$(dirname "$0")/perf-common.sh"
"$JAVA" -cp "$PERF_CP" org.optimizerplayground.perf.RedrawCost "$PERF_URL" "$@" | tee target/redraw-result.txt
