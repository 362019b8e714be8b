#!/usr/bin/env bash
# Issue 18's benchmark (see bench/RESULTS-synthetic.md): train on synthetic, test on real, with detection accuracy,
# distance to closest record and class coverage, for VariationalAutoencoderGenerator (defaults; each variant of
# VARIANTS generates from the one trained model) beside per-class independent sampling, run in the same process.
#   bench/run-synthetic.sh                        the eight shipped tables
#   bench/run-synthetic.sh datasets/iris.arff     chosen tables
#   GENERATOR_OPTIONS="-hidden 256,128" bench/run-synthetic.sh   another generator configuration (training)
#   VARIANTS="vae=;vae-t0.8=-temperature 0.8" bench/run-synthetic.sh   other generation variants (first one trains)
#   bench/run-synthetic.sh cost                   what the privacy guard's nearest-record search costs
# Datasets come from datasets/make_datasets.py (Weka's example files, Debian's weka package).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp=$(tr ':' '\n' < target/bench.classpath | grep '\.jar$' | paste -sd:)
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-<unset>}"
variants="${VARIANTS:-vae=;vae-raw=-raw-marginals}"
echo "generator options: defaults ${GENERATOR_OPTIONS:-} ; variants $variants"
if [ "${1:-}" = cost ]; then
  # the privacy guard's and the report's nearest-record cost, 5,000 rows against each table's rows
  java -cp "target/test-classes:target/classes:$cp" GuardCost datasets/segment-challenge.arff datasets/credit-g.arff \
    datasets/diabetes.arff
  exit
fi
if [ $# -eq 0 ]; then
  set -- datasets/iris.arff datasets/ionosphere.arff datasets/glass.arff datasets/vote.arff \
    datasets/breast-cancer.arff datasets/diabetes.arff datasets/credit-g.arff datasets/segment-challenge.arff
fi
java -Xmx3g -Dgenerator.options="${GENERATOR_OPTIONS:-}" -Dvariants="$variants" \
  -cp "target/test-classes:target/classes:$cp" SyntheticBenchmark "$@" 2> >(grep -v 'ARPACK\|^WARNING\|: epoch \|G1 garbage' >&2)
