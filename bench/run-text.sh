#!/usr/bin/env bash
# Issue 16's text benchmark: RecurrentAutoencoder codes vs StringToWordVector counts vs LSA (tf-idf +
# PrincipalComponents at the code's dimension) under Logistic and SMO on the shipped Reuters grain stories; token
# accuracy and training time.
# Usage: bench/run-text.sh [-codes-only | -baselines-only] [RecurrentAutoencoder options...]
# (from the repository root; -codes-only leaves out the count and LSA rows, for quick experiments; -baselines-only
# gives only them)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp=$(tr ':' '\n' < target/bench.classpath | grep '\.jar$' | paste -sd:)
exec java -Xmx2g -XX:+UseSerialGC -cp "target/test-classes:target/classes:$cp" TextBenchmark "$@"
