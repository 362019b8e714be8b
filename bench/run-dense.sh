#!/usr/bin/env bash
# Issue 2's benchmark: Autoencoder (defaults, 30 code units) vs PCA-30 on the shipped MNIST sample.
# Usage: bench/run-dense.sh [extra Autoencoder options...]   (from the repository root)
# BENCH_FEATURES=false skips the classifiers trained on the codes and on PCA's components.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp=$(tr ':' '\n' < target/bench.classpath | grep '\.jar$' | paste -sd:)
mkdir -p target/bench-classes
javac -nowarn -d target/bench-classes -cp "target/classes:$cp" bench/DenseBenchmark.java bench/ExactPca.java
exec java -Xmx4g -Dbench.features="${BENCH_FEATURES:-true}" -cp "target/bench-classes:target/classes:$cp" DenseBenchmark datasets "$@"
