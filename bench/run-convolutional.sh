#!/usr/bin/env bash
# Issue 4's benchmark: ConvolutionalAutoencoder vs Autoencoder vs PCA, 30 code units, on the shipped MNIST sample.
# Usage (from anywhere): bench/run-convolutional.sh [ConvolutionalAutoencoder options...]
#   default options: -code-size 30 -filters 16,32 -epochs 15 -learning-rate 0.002
#   -Dbench.dense=false (in JAVA_OPTS) skips the dense Autoencoder run.
set -euo pipefail
cd "$(dirname "$0")/.."
# The benchmarks are test sources of the Maven build: test-compile puts them in target/test-classes.
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp=$(tr ':' '\n' < target/bench.classpath | grep '\.jar$' | paste -sd:)
exec java -Xmx4g ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$cp" ConvolutionalBenchmark datasets "$@"
