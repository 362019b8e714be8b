#!/usr/bin/env bash
# The native crash of session 4 (SIGSEGV in libnd4jcpu.so sd::DataBuffer::primary()): reproducers and the cost of
# its fix (weka.autoencoder.nd4j.SafeDeallocation), each run with the fix off (-Dweka.autoencoder.safeDeallocation=
# false, ND4J's own deallocation) and on, interleaved. Results: bench/RESULTS-native-crash.md.
#   race SECONDS REPEATS  the tight loop of Nd4jRaceStress (addiRowVector on arrays held in fields, a background
#                         thread allocating and collecting): each run stops at its first crash or after SECONDS
#   suite ROUNDS          NativeMemoryStress: every FilterConformanceTest subject and a text filter trained,
#                         serialized, copied and filtered again, ROUNDS times in one JVM, with the same background
#                         thread; "STRESS PASSED" or a crash
#   memory REPEATS        peak RSS and speed of SpeedBenchmark's dense, vae and recurrent rows (1 training epoch +
#                         the best of 3 filtering passes each)
#   filtering REPEATS     DeallocationCostBenchmark: median and best of 40 filtering passes of the dense net
# glibc's MALLOC_PERTURB_ is set so that freed native memory is overwritten at once.
# Usage (from anywhere): bench/run-native-crash.sh race 120 3
set -uo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="target/test-classes:target/classes:$(tr ':' '\n' < target/bench.classpath | grep '\.jar$' | paste -sd:)"
mode=$1
LOGS=target/native-crash
mkdir -p "$LOGS"
side() { [ "$1" = off ] && echo "-Dweka.autoencoder.safeDeallocation=false" || echo "-Dweka.autoencoder.safeDeallocation=true"; }
run() { # label fix(off|on) seconds class args...; prints label, exit code, seconds, crash frame or last line
  local label=$1 fix=$2 secs=$3; shift 3
  local log="$LOGS/$label.log" start end rc
  start=$(date +%s.%N)
  MALLOC_PERTURB_=165 timeout "$secs" /usr/bin/time -v java -Xmx2g -Djava.awt.headless=true \
    -Dweka.packageManager.offline=true "$(side "$fix")" -XX:ErrorFile="$LOGS/hs_err_$label.log" -cp "$cp" "$@" \
    > "$log" 2>&1
  rc=$?
  end=$(date +%s.%N)
  local frame; frame=$(grep -A1 'Problematic frame' "$log" | tail -1 | sed 's/^# *//')
  printf '%s fix=%s rc=%s secs=%.0f rss_kb=%s %s\n' "$label" "$fix" "$rc" "$(echo "$end - $start" | bc)" \
    "$(grep 'Maximum resident' "$log" | awk '{print $NF}')" \
    "${frame:-$(grep -E '^(held|round|STRESS|RESULT)' "$log" | tail -1)}"
}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
case "$mode" in
  race)
    for r in $(seq "$3"); do
      for fix in off on; do
        run "race-$fix-$r" "$fix" "$2" weka.autoencoder.nd4j.Nd4jRaceStress held 1000000000 4096
      done
    done ;;
  suite)
    for fix in off on; do
      run "suite-$fix" "$fix" 3600 weka.autoencoder.conformance.NativeMemoryStress "$2" churn
    done ;;
  memory)
    for r in $(seq "$2"); do
      for net in "dense 256,64 1 2 ours" "vae 1 2" "recurrent 3 2"; do
        for fix in off on; do
          # shellcheck disable=SC2086
          run "memory-${net%% *}-$fix-$r" "$fix" 1800 SpeedBenchmark $net
        done
      done
    done ;;
  filtering)
    for r in $(seq "$2"); do
      for fix in off on; do
        run "filtering-$fix-$r" "$fix" 1800 DeallocationCostBenchmark 40 2
      done
    done ;;
  *) echo "usage: $0 race SECONDS REPEATS | suite ROUNDS | memory REPEATS | filtering REPEATS" >&2; exit 2 ;;
esac
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
