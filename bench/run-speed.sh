#!/usr/bin/env bash
# Issue 8's speed suite: this package vs PyTorch (Debian's python3-torch) on the same data and machine, for every
# variant: dense and convolutional autoencoders, the VAE, the denoising and the recurrent autoencoder (MNIST sample;
# the recurrent one on the CO2 windows), plus start-up, Weka's PCA and MLPAutoencoder, and scaling in rows.
# Usage (from anywhere): bench/run-speed.sh
#   env: THREADS (default: all cores), SCALE_ROWS (default "10000 100000 1000000"; the 1M-row runs take ~5 min),
#        MLP_TIMEOUT seconds for Weka's MLPAutoencoder (default 120; 0 skips it),
#        REPEATS rounds of the network block, reported as medians (default 3),
#        SCALE_ONLY=1 runs only the scaling rows and appends them to the previous run's raw file, e.g.
#        SCALE_ONLY=1 SCALE_ROWS=1000000 bench/run-speed.sh
#        BEFORE=<directory holding an earlier build's target/classes and target/test-classes> adds that build's
#        rows for the dense nets, the VAE, the denoising and the recurrent net, interleaved with the others
#        (before/after of the changes since; e.g. `git archive <commit> | tar -x -C /tmp/before && (cd /tmp/before && mvn -o -q
#        -DskipTests test-compile)`), BEFORE_LABEL names it in the table,
#        AFTER=<directory> measures the build there instead of this checkout's target/ (a copy, so that building
#        here during the run cannot change the classes under it),
#        EXTRA=0 leaves out the rows of settings issue 8 already measured (ND4J's thread default, PyTorch with the
#        system BLAS, -Xmx1g, AVX2 natives) to make a run on a busy machine shorter.
# Writes the raw RESULT lines to target/speed-raw.txt and the tables to bench/RESULTS-speed.md, keeping that file's
# hand-written section from its "## Notes" heading on.
set -euo pipefail
cd "$(dirname "$0")/.."
THREADS=${THREADS:-$(nproc)}
SCALE_ROWS=${SCALE_ROWS:-"10000 100000 1000000"}
MLP_TIMEOUT=${MLP_TIMEOUT:-120}
REPEATS=${REPEATS:-3}
PY=/usr/bin/python3
if ! $PY -c 'import torch' 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y python3-torch; else sudo apt-get install -y python3-torch; fi
fi
# Debian's torch links libblas.so.3, which the system's alternatives may point at the slow reference BLAS; the
# reference runs use OpenBLAS for that process only (the system setting is left alone), one run uses the system one.
OPENBLAS_DIR=/usr/lib/x86_64-linux-gnu/openblas-pthread
torch_openblas() { LD_LIBRARY_PATH=$OPENBLAS_DIR OPENBLAS_NUM_THREADS=$THREADS OMP_NUM_THREADS=$THREADS $PY bench/speed_torch.py "$@"; }
torch_system() { OMP_NUM_THREADS=$THREADS $PY bench/speed_torch.py "$@"; }

# The benchmarks are test sources of the Maven build: test-compile puts them in target/test-classes.
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp=$(tr ':' '\n' < target/bench.classpath | grep '\.jar$' | paste -sd:)
CP="${AFTER:-.}/target/test-classes:${AFTER:-.}/target/classes:$cp"
# AVX2 natives: same classpath with the linux-x86_64-avx2 classifier jar instead of the generic one (if present).
GENERIC=$(tr ':' '\n' <<<"$cp" | grep 'nd4j-native-1.0.0-M2.1-linux-x86_64.jar' || true)
AVX2=${GENERIC%.jar}-avx2.jar
if [ -n "$GENERIC" ] && [ ! -f "$AVX2" ]; then
  mvn -B -q dependency:get -Dartifact=org.nd4j:nd4j-native:1.0.0-M2.1:jar:linux-x86_64-avx2 -Dtransitive=false \
    >/dev/null 2>&1 || true
fi
MLP_JAR=$(ls ~/.m2/repository/nz/ac/waikato/cms/weka/multiLayerPerceptrons/*/multiLayerPerceptrons-*.jar 2>/dev/null | tail -1 || true)
if [ -z "$MLP_JAR" ] && [ "$MLP_TIMEOUT" != 0 ]; then
  timeout 180 mvn -B -q dependency:get -Dartifact=nz.ac.waikato.cms.weka:multiLayerPerceptrons:1.0.10 \
    -Dtransitive=false >/dev/null 2>&1 || true
  MLP_JAR=$(ls ~/.m2/repository/nz/ac/waikato/cms/weka/multiLayerPerceptrons/*/multiLayerPerceptrons-*.jar 2>/dev/null | tail -1 || true)
fi

RAW=target/speed-raw.txt
set +e  # a failed measurement is reported as missing in the table, the others still run
[ "${SCALE_ONLY:-0}" = 1 ] || : > "$RAW"
ours() { java -Xmx4g -cp "$CP" SpeedBenchmark "$@" 2>/dev/null | grep '^RESULT' | sed "s/^RESULT /RESULT ours_/" | tee -a "$RAW"; }
EXTRA=${EXTRA:-1}
# The earlier build, with this checkout's benchmark classes' dependencies (the benchmarks' modes are the same).
before() {
  [ -n "${BEFORE:-}" ] || return 0
  java -Xmx4g -cp "$BEFORE/target/test-classes:$BEFORE/target/classes:$cp" SpeedBenchmark "$@" 2>/dev/null \
    | grep '^RESULT' | sed "s/^RESULT /RESULT before_/" | tee -a "$RAW"
}
# Issue 15: the heap collected once before training under G1 (HeapCompaction); this row turns that off.
ours_nocompact() {
  java -Xmx4g -Dweka.autoencoder.heapCompaction=false -cp "$CP" SpeedBenchmark "$@" 2>/dev/null | grep '^RESULT' \
    | sed "s/^RESULT /RESULT nocompact_/" | tee -a "$RAW"
}
ours_avx2() {
  java -Xmx4g -Dorg.bytedeco.javacpp.platform.extension=-avx2 -cp "${CP/$GENERIC/$AVX2}" SpeedBenchmark "$@" \
    2>/dev/null | grep '^RESULT' | sed "s/^RESULT /RESULT avx2_/" | tee -a "$RAW"
}
torch() { torch_openblas "$@" | sed "s/^RESULT /RESULT torch_/" | tee -a "$RAW"; }
ours_heap1g() {
  java -Xmx1g -cp "$CP" SpeedBenchmark "$@" 2>/dev/null | grep '^RESULT' | sed "s/^RESULT /RESULT heap1g_/" | tee -a "$RAW"
}
ours_serialgc() {
  java -Xmx4g -XX:+UseSerialGC -cp "$CP" SpeedBenchmark "$@" 2>/dev/null | grep '^RESULT' \
    | sed "s/^RESULT /RESULT serialgc_/" | tee -a "$RAW"
}
torch_sys() { torch_system "$@" | sed "s/^RESULT /RESULT torchsysblas_/" | tee -a "$RAW"; }
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RAW"
busy=$(ps -eo pcpu=,comm= | awk '$1 > 10 {printf "%s ", $2}')
echo "processes using over 10 % CPU before the run: ${busy:-none}" | tee -a "$RAW"
if [ "${SCALE_ONLY:-0}" != 1 ]; then

# Interleaved: each net runs ours, PyTorch, ours again with ND4J's thread default, ... The whole block runs REPEATS
# times in turn; the report takes the median of each measurement's runs.
for repeat in $(seq "$REPEATS"); do
  echo "network block, round $repeat of $REPEATS" >&2
  ours dense 256,64 3 "$THREADS" ours
  torch dense 256,64 3 "$THREADS"
  before dense 256,64 3 "$THREADS" ours
  [ "$EXTRA" = 1 ] && ours dense 256,64 3 "$THREADS" nd4j-default
  [ "$EXTRA" = 1 ] && torch_sys dense 256,64 3 "$THREADS"
  [ "$EXTRA" = 1 ] && ours_heap1g dense 256,64 3 "$THREADS" ours
  ours_serialgc dense 256,64 3 "$THREADS" ours
  ours_nocompact dense 256,64 3 "$THREADS" ours
  ours dense 1000,500,250 2 "$THREADS" ours
  torch dense 1000,500,250 2 "$THREADS"
  before dense 1000,500,250 2 "$THREADS" ours
  [ "$EXTRA" = 1 ] && ours dense 1000,500,250 2 "$THREADS" nd4j-default
  [ "$EXTRA" = 1 ] && [ -f "$AVX2" ] && grep -q avx2 /proc/cpuinfo && ours_avx2 dense 1000,500,250 2 "$THREADS" ours
  ours_serialgc dense 1000,500,250 2 "$THREADS" ours
  ours conv 1 "$THREADS"
  torch conv 1 "$THREADS"
  ours vae 3 "$THREADS"
  torch vae 3 "$THREADS"
  before vae 3 "$THREADS"
  ours_serialgc vae 3 "$THREADS"
  ours_nocompact vae 3 "$THREADS"
  ours denoising 256,64 3 "$THREADS"
  torch denoising 256,64 3 "$THREADS"
  before denoising 256,64 3 "$THREADS"
  # 391 short windows: an epoch takes a second or two, so more epochs than the MNIST nets for a steadier rate.
  ours recurrent 10 "$THREADS"
  torch recurrent 10 "$THREADS"
  before recurrent 10 "$THREADS"
done
# Start-up: whole process wall time measured here, time to first output inside the process.
for side in ours torch; do
  t0=$(date +%s.%N)
  if [ $side = ours ]; then out=$(ours startup); else out=$(torch startup); fi
  t1=$(date +%s.%N)
  echo "RESULT ${side}_startup_process wall_s=$(echo "$t1 - $t0" | bc)" | tee -a "$RAW"
done
ours pca
if [ -n "$MLP_JAR" ] && [ "$MLP_TIMEOUT" != 0 ]; then
  timeout "$MLP_TIMEOUT" java -Xmx4g -cp "$CP:$MLP_JAR" SpeedBenchmark mlp "$THREADS" 2>/dev/null | grep '^RESULT' \
    | sed "s/^RESULT /RESULT ours_/" | tee -a "$RAW" \
    || echo "RESULT mlp_timeout seconds=$MLP_TIMEOUT" | tee -a "$RAW"
fi
fi
for rows in $SCALE_ROWS; do
  java -cp "$CP" SpeedBenchmark scale "$rows" 1 "$THREADS" 2>/dev/null | grep '^RESULT' | tee -a "$RAW"
  java -XX:+UseSerialGC -cp "$CP" SpeedBenchmark scale "$rows" 1 "$THREADS" 2>/dev/null | grep '^RESULT' \
    | sed "s/^RESULT /RESULT serialgc_/" | tee -a "$RAW"
  torch_openblas scale "$rows" 1 "$THREADS" 512,128 10 | tee -a "$RAW"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RAW"

AVX2_SIZE=$([ -f "$AVX2" ] && du -m "$AVX2" | cut -f1 || echo "?")
GENERIC_SIZE=$([ -n "$GENERIC" ] && du -m "$GENERIC" | cut -f1 || echo "?")
# Through a temporary file: the report reads the notes of the current bench/RESULTS-speed.md before it is replaced.
BEFORE_LABEL=${BEFORE_LABEL:-the build in ${BEFORE:-?}} \
  $PY bench/speed_report.py "$RAW" "$THREADS" "$GENERIC_SIZE" "$AVX2_SIZE" bench/RESULTS-speed.md \
  > target/RESULTS-speed.md.new && mv target/RESULTS-speed.md.new bench/RESULTS-speed.md
cat bench/RESULTS-speed.md
