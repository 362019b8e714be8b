#!/usr/bin/env bash
# Issue 17's imputation benchmark: the filters' reconstruction vs ReplaceMissingValues, KNNImputer
# and IterativeImputer (scikit-learn from Debian's python3-sklearn, hence /usr/bin/python3) on the same masks.
# Usage: bench/run-imputation.sh   (from the repository root; writes masked files and outputs to target/bench-imputation)
# SEEDS=<n> changes the number of random masks per case (default 2); CONFIGS='label=class options;...' the filters run.
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/bin/python3 -c "import sklearn" 2>/dev/null || { echo "needs python3-sklearn (apt-get install -y python3-sklearn)"; exit 1; }
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp=$(tr ':' '\n' < target/bench.classpath | grep '\.jar$' | paste -sd:)
exec /usr/bin/python3 bench/imputation.py "${WORK:-target/bench-imputation}" java -Xmx3g -cp "target/test-classes:target/classes:$cp"
