#!/usr/bin/env bash
# Issue 8: minibatch size vs training speed and progress, to choose the filters' default batch size.
# Usage (from anywhere): bench/run-batch-size.sh [epochs, default 20] [batch sizes, default "32 64 128 256"]
# Each batch size trains the Autoencoder defaults on the MNIST sample in its own JVM, the sizes interleaved over
# two rounds; prints EPOCH lines (batch, epoch, seconds, validation loss) and RESULT lines.
set -euo pipefail
cd "$(dirname "$0")/.."
EPOCHS=${1:-20}
SIZES=${2:-"32 64 128 256"}
mvn -B -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp=$(tr ':' '\n' < target/bench.classpath | grep '\.jar$' | paste -sd:)
mkdir -p target/bench-classes
javac -nowarn -d target/bench-classes -cp "target/classes:$cp" bench/BatchSizeBenchmark.java bench/SpeedBenchmark.java \
  bench/RecurrentBenchmark.java bench/ExactPca.java
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-not set}"
for round in 1 2; do
  for size in $SIZES; do
    java -Xmx4g -cp "target/bench-classes:target/classes:$cp" BatchSizeBenchmark "$size" "$EPOCHS" 2>/dev/null \
      | grep -E '^(EPOCH|RESULT)' | sed "s/^/round$round /"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
