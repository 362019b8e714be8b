#!/usr/bin/env bash
# Issue 5's benchmark: RecurrentAutoencoder vs Autoencoder vs PCA (code size 13 = window/4) on the shipped weekly CO2
# windows: held-out reconstruction MSE, anomaly ROC AUC on injected spikes / level shifts / flat lines, samples/s,
# peak memory. Usage: bench/run-recurrent.sh [extra RecurrentAutoencoder options...]   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp=$(tr ':' '\n' < target/bench.classpath | grep '\.jar$' | paste -sd:)
mkdir -p target/bench-classes
javac -nowarn -d target/bench-classes -cp "target/classes:$cp" bench/RecurrentBenchmark.java bench/ExactPca.java
exec java -Xmx4g -cp "target/bench-classes:target/classes:$cp" RecurrentBenchmark datasets "$@"
