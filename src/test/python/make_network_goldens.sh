#!/usr/bin/env bash
# Regenerates src/test/resources/network/torch-network-trajectories.json: the engine writes the
# data, θ₀ and batch order of the golden settings (NetworkFixture), then PyTorch trains on them
# (network_golden.py). Needs Debian's python3-torch (apt-get install -y python3-torch).
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -q -o test-compile
fixture="$(mktemp)"
trap 'rm -f "$fixture"' EXIT
java -cp target/classes:target/test-classes org.optimizerplayground.engine.network.NetworkFixture "$fixture"
/usr/bin/python3 src/test/python/network_golden.py "$fixture" src/test/resources/network/torch-network-trajectories.json
