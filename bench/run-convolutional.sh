#!/usr/bin/env bash
# Issue 4's benchmark: ConvolutionalAutoencoder vs Autoencoder vs PCA, 30 code units, on the shipped MNIST sample.
# Usage (from anywhere): bench/run-convolutional.sh [ConvolutionalAutoencoder options...]
#   default options: -code-size 30 -filters 16,32 -epochs 15 -learning-rate 0.002
#   -Dbench.dense=false (in JAVA_OPTS) skips the dense Autoencoder run.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp=$(tr ':' '\n' < target/bench.classpath | grep '\.jar$' | paste -sd:)
mkdir -p target/bench-classes
javac -nowarn -d target/bench-classes -cp "target/classes:$cp" bench/ConvolutionalBenchmark.java bench/ExactPca.java
exec java -Xmx4g ${JAVA_OPTS:-} -cp "target/bench-classes:target/classes:$cp" ConvolutionalBenchmark datasets "$@"
