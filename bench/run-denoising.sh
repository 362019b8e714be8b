#!/usr/bin/env bash
# Issues 3 and 15's benchmark: DenoisingAutoencoder (dense) and ConvolutionalAutoencoder -noise vs the noisy input
# and PCA, on the shipped MNIST sample and on 28x28 patches of photographs (datasets/patches-*.arff.gz), for Gaussian
# noise (sd 0.5, clipped to [0,1]) and 25 % masking noise. Results: bench/RESULTS-denoising.md.
# Usage (from the repository root):
#   bench/run-denoising.sh [gaussian|masking|both] [mnist|patches|both] [dense|conv|both] [ConvolutionalAutoencoder options...]
# Both filters run with their defaults plus the matching -noise; the extra options go to the convolutional one,
# JAVA_OPTS='-Dbench.dense.options=-epochs 30' gives options to the dense one.
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-both}
sets=${2:-both}
models=${3:-both}
shift $(( $# < 3 ? $# : 3 ))
# The benchmarks are test sources of the Maven build: test-compile puts them in target/test-classes.
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp=$(tr ':' '\n' < target/bench.classpath | grep '\.jar$' | paste -sd:)
exec java -Xmx4g ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$cp" DenoisingBenchmark datasets "$which" "$sets" "$models" "$@"
