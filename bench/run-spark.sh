#!/usr/bin/env bash
# Issue 19's benchmark: the Spark job (dl4j-spark parameter averaging) in local[2] against one Weka process, same rows,
# epochs and network (Autoencoder -hidden 64 -code-size 10, batch 64; 50 numeric attributes of rank 10 plus noise).
# Usage (from anywhere): bench/run-spark.sh [rows, default 100000] [epochs, default 3] [averaging frequencies,
#   default 5,20]. Prints RESULT lines; bench/RESULTS-spark.md has the figures seen here.
# The measurement is src/spark/test/.../SparkBenchmark.java, compiled by the Spark build's test-compile.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-100000}
EPOCHS=${2:-3}
FREQUENCIES=${3:-5,20}
mvn -B -q -f src/spark/pom.xml -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath >/dev/null
cp=$(tr ':' '\n' < src/spark/target/bench.classpath | grep '\.jar$' | paste -sd:)
# The Java 17 module openings Spark needs, as the Spark build declares them.
opens=$(sed -n 's|.*<spark.java17.options>\(-.*\)</spark.java17.options>.*|\1|p' src/spark/pom.xml)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-not set}; $(nproc) cores"
java -Xmx8g $opens -Dweka.packageManager.offline=true \
  -cp "src/spark/target/test-classes:src/spark/target/classes:$cp" weka.autoencoder.spark.SparkBenchmark \
  "$ROWS" "$EPOCHS" "$FREQUENCIES" "$work" 2>"$work/stderr.log" | grep -E '^(DATA|RESULT)' || {
  tail -30 "$work/stderr.log"; exit 1; }
grep -E '\(Spark\): (codec|trained)' "$work/stderr.log" || true
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
