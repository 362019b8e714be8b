#!/usr/bin/env bash
# Issue 15: libnd4j's fused ops (SameDiff lstmLayer, conv2d/deconv2d) and the package's BatchedLstm against
# Deeplearning4j's layers on the default recurrent and convolutional nets, same minibatches, rounds alternating in one
# JVM (bench/FusedLstmBenchmark.java, bench/FusedConvBenchmark.java), then the fused LSTM ops' native memory
# (bench/LstmOpLeak.java). Prints the RESULT lines; the reading is in bench/RESULTS-speed.md's notes.
# Usage: bench/run-fused-ops.sh   (env: THREADS, default all cores; ROUNDS, default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
THREADS=${THREADS:-$(nproc)}
ROUNDS=${ROUNDS:-3}
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
CP="target/test-classes:target/classes:$(tr ':' '\n' < target/bench.classpath | grep '\.jar$' | paste -sd:)"
echo "# $(date -u +%FT%TZ) threads=$THREADS OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-unset} load: $(cut -d' ' -f1-3 /proc/loadavg)"
# CO2-sized windows (391 x 52 steps, batch 128), then long sequences (2,000 x 200 steps, batch 64).
java -Xmx4g -cp "$CP" FusedLstmBenchmark 391 52 128 5 "$ROUNDS" "$THREADS" 2>/dev/null | grep '^RESULT'
java -Xmx4g -cp "$CP" FusedLstmBenchmark 2000 200 64 1 "$ROUNDS" "$THREADS" 2>/dev/null | grep '^RESULT' | sed 's/^RESULT /RESULT long_/'
# 8,000 random 28x28 images, batch 128, one epoch per round.
java -Xmx4g -cp "$CP" FusedConvBenchmark 8000 128 1 "$ROUNDS" "$THREADS" 2>/dev/null | grep '^RESULT'
# Native memory of the fused LSTM ops, each called with the same preallocated arrays (bench/LstmOpLeak.java).
for mode in forward forward-lengths backward; do
  java -Xmx1g -cp "$CP" LstmOpLeak "$mode" 100 2>/dev/null | grep '^RESULT' | sed 's/^RESULT /RESULT leak_/'
done
