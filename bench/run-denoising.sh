#!/usr/bin/env bash
# Issue 3's benchmark: DenoisingAutoencoder vs the noisy input and PCA on the shipped MNIST sample, for Gaussian noise
# (sd 0.5, clipped to [0,1]) and 25 % masking noise. Results: bench/RESULTS-denoising.md.
# Usage: bench/run-denoising.sh <gaussian|masking|both> [extra DenoisingAutoencoder options...]   (from the repo root)
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-both}
shift || true
mvn -B -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp=$(tr ':' '\n' < target/bench.classpath | grep '\.jar$' | paste -sd:)
mkdir -p target/bench-classes
javac -nowarn -d target/bench-classes -cp "target/classes:$cp" bench/DenoisingBenchmark.java bench/ExactPca.java
exec java -Xmx4g -cp "target/bench-classes:target/classes:$cp" DenoisingBenchmark datasets "$which" "$@"
