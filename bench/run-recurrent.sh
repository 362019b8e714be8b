#!/usr/bin/env bash
# Issue 5's benchmark: RecurrentAutoencoder vs Autoencoder vs PCA (code size 13 = window/4) on the shipped weekly CO2
# windows: held-out reconstruction MSE, anomaly ROC AUC on injected spikes / level shifts / flat lines, samples/s,
# peak memory. Usage: bench/run-recurrent.sh [extra RecurrentAutoencoder options...]   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
# The benchmarks are test sources of the Maven build: test-compile puts them in target/test-classes.
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp=$(tr ':' '\n' < target/bench.classpath | grep '\.jar$' | paste -sd:)
exec java -Xmx4g -cp "target/test-classes:target/classes:$cp" RecurrentBenchmark datasets "$@"
