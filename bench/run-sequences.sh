#!/usr/bin/env bash
# Issue 16's sequence benchmark: RecurrentAutoencoder (defaults) vs PCA at the same code size vs Autoencoder on
# sliding windows of four shipped series (co2, sunspots, elnino, macro): held-out reconstruction MSE and anomaly AUC
# on injected spikes / level shifts / flat lines. Every network uses -threads 1 (the machine is shared).
# Usage: bench/run-sequences.sh [all|co2,sunspots,...] [extra RecurrentAutoencoder options...]   (from the repo root)
set -euo pipefail
cd "$(dirname "$0")/.."
# The benchmarks are test sources of the Maven build: test-compile puts them in target/test-classes.
mvn -B -q -o -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp=$(tr ':' '\n' < target/bench.classpath | grep '\.jar$' | paste -sd:)
exec java -Xmx2g -XX:+UseSerialGC -cp "target/test-classes:target/classes:$cp" SequenceBenchmark datasets "$@"
