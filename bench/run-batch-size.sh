#!/usr/bin/env bash
# Issue 8: minibatch size vs training speed and progress, to choose the filters' default batch size.
# Usage (from anywhere): bench/run-batch-size.sh [epochs, default 20] [batch sizes, default "32 64 128 256"]
# Each batch size trains the Autoencoder defaults on the MNIST sample in its own JVM, the sizes interleaved over
# two rounds; prints EPOCH lines (batch, epoch, seconds, validation loss) and RESULT lines.
set -euo pipefail
cd "$(dirname "$0")/.."
EPOCHS=${1:-20}
SIZES=${2:-"32 64 128 256"}
# The benchmarks are test sources of the Maven build: test-compile puts them in target/test-classes.
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp=$(tr ':' '\n' < target/bench.classpath | grep '\.jar$' | paste -sd:)
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-not set}"
for round in 1 2; do
  for size in $SIZES; do
    java -Xmx4g -cp "target/test-classes:target/classes:$cp" BatchSizeBenchmark "$size" "$EPOCHS" 2>/dev/null \
      | grep -E '^(EPOCH|RESULT)' | sed "s/^/round$round /"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
