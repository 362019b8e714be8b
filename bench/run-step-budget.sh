#!/usr/bin/env bash
# Issue 16: Autoencoder with a budget in epochs vs in optimiser steps on the small shipped data sets, PCA beside.
# Usage: bench/run-step-budget.sh "-epochs 100" "" "-min-steps 3000"   (one quoted option set per column)
set -euo pipefail
cd "$(dirname "$0")/.."
# The benchmarks are test sources of the Maven build: test-compile puts them in target/test-classes.
mvn -B -q -o -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp=$(tr ':' '\n' < target/bench.classpath | grep '\.jar$' | paste -sd:)
exec java -Xmx2g -XX:+UseSerialGC -cp "target/test-classes:target/classes:$cp" StepBudgetBenchmark "$@"
