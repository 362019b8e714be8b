#!/usr/bin/env bash
# Issue 2's benchmark: Autoencoder (defaults, 30 code units) vs PCA-30 on the shipped MNIST sample.
# Usage: bench/run-dense.sh [extra Autoencoder options...]   (from the repository root)
# BENCH_FEATURES=false skips the classifiers trained on the codes and on PCA's components.
set -euo pipefail
cd "$(dirname "$0")/.."
# The benchmarks are test sources of the Maven build: test-compile puts them in target/test-classes.
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp=$(tr ':' '\n' < target/bench.classpath | grep '\.jar$' | paste -sd:)
exec java -Xmx4g -Dbench.features="${BENCH_FEATURES:-true}" -cp "target/test-classes:target/classes:$cp" DenseBenchmark datasets "$@"
