#!/usr/bin/env bash
# Issue 17's outlier benchmark: the filters' anomaly scores vs k-NN distance, LOF, IsolationForest and PCA error
# (scikit-learn from Debian's python3-sklearn, hence /usr/bin/python3) on the same splits.
# Usage: bench/run-outliers.sh   (from the repository root; writes split files and scores to target/bench-outliers)
# SPLITS=<n> changes the number of random splits (default 10); CONFIGS='label=class options;...' the filters run.
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/bin/python3 -c "import sklearn" 2>/dev/null || { echo "needs python3-sklearn (apt-get install -y python3-sklearn)"; exit 1; }
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp=$(tr ':' '\n' < target/bench.classpath | grep '\.jar$' | paste -sd:)
# a copy of the compiled classes, so that a build started while the jobs run (it rewrites target/classes) cannot
# pull classes from under the running JVM
snapshot=target/bench-outliers-classes
rm -rf "$snapshot" && mkdir -p "$snapshot" && cp -r target/classes "$snapshot/main" && cp -r target/test-classes "$snapshot/test"
exec /usr/bin/python3 bench/outliers.py "${WORK:-target/bench-outliers}" java -Xmx3g -cp "$snapshot/test:$snapshot/main:$cp"
