#!/usr/bin/env bash
# Issue 3's benchmark: DenoisingAutoencoder vs the noisy input and PCA on the shipped MNIST sample, for Gaussian noise
# (sd 0.5, clipped to [0,1]) and 25 % masking noise. Results: bench/RESULTS-denoising.md.
# Usage: bench/run-denoising.sh <gaussian|masking|both> [extra DenoisingAutoencoder options...]   (from the repo root)
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-both}
shift || true
# The benchmarks are test sources of the Maven build: test-compile puts them in target/test-classes.
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp=$(tr ':' '\n' < target/bench.classpath | grep '\.jar$' | paste -sd:)
exec java -Xmx4g -cp "target/test-classes:target/classes:$cp" DenoisingBenchmark datasets "$which" "$@"
