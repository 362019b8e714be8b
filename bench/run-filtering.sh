#!/usr/bin/env bash
# Issue 15's reduced speed suite for the filtering path: the filtering rows of bench/run-speed.sh (dense
# 784-256-64-30, the VAE, the denoising net; 1 training epoch each, then the best of 3 filtering passes over the 2,000
# test digits), for this checkout, an earlier build of the package (BEFORE=<directory holding target/classes>, e.g.
# a `git archive <commit>` unpacked and compiled with `mvn -o -DskipTests test-compile`) and PyTorch, interleaved
# REPEATS times; prints medians of filtering samples/s and their ratios.
# AFTER=<directory> takes the measured build from there instead of this checkout's target/ (a copy, so that building
# here during the run cannot change the classes under it).
# Usage (from anywhere): BEFORE=/tmp/before REPEATS=3 bench/run-filtering.sh
set -euo pipefail
cd "$(dirname "$0")/.."
THREADS=${THREADS:-$(nproc)}
REPEATS=${REPEATS:-3}
PY=/usr/bin/python3
if ! $PY -c 'import torch' 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y python3-torch; else sudo apt-get install -y python3-torch; fi
fi
OPENBLAS_DIR=/usr/lib/x86_64-linux-gnu/openblas-pthread
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp=$(tr ':' '\n' < target/bench.classpath | grep '\.jar$' | paste -sd:)
RAW=target/filtering-raw.txt
: > "$RAW"
run() { # label build-dir mode args...; a failed run is missing from the medians, the others still run
  local label=$1 build=$2; shift 2
  java -Xmx4g -cp "$build/target/test-classes:$build/target/classes:$cp" SpeedBenchmark "$@" 2>/dev/null \
    | grep '^RESULT' | sed "s/^RESULT /RESULT ${label} /" | tee -a "$RAW" || echo "$label $* failed" >&2
}
torch() {
  LD_LIBRARY_PATH=$OPENBLAS_DIR OPENBLAS_NUM_THREADS=$THREADS OMP_NUM_THREADS=$THREADS $PY bench/speed_torch.py "$@" \
    | sed "s/^RESULT /RESULT torch /" | tee -a "$RAW" || echo "torch $* failed" >&2
}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RAW"
for repeat in $(seq "$REPEATS"); do
  for net in "dense 256,64 1 $THREADS" "vae 1 $THREADS" "denoising 256,64 1 $THREADS"; do
    # shellcheck disable=SC2086
    set -- $net
    extra=(); [ "$1" = dense ] && extra=(ours)
    if [ -n "${BEFORE:-}" ]; then run before "$BEFORE" "$@" "${extra[@]}"; fi
    run after "${AFTER:-.}" "$@" "${extra[@]}"
    torch "$@"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RAW"
$PY - "$RAW" <<'PYEOF'
import re, statistics, sys
runs = {}
for line in open(sys.argv[1]):
    m = re.match(r"RESULT (\w+) (\S+) .*filter_sps=([\d.]+)", line)
    if m:
        side, name, sps = m.group(1), re.sub(r"_ours$", "", m.group(2)), float(m.group(3))
        runs.setdefault(name, {}).setdefault(side, []).append(sps)
print("\n| network | before: filtering samples/s | after | after / before | PyTorch | after / PyTorch | runs |")
print("| --- | --- | --- | --- | --- | --- | --- |")
for name, sides in runs.items():
    med = {k: statistics.median(v) for k, v in sides.items()}
    b, a, t = med.get("before"), med.get("after"), med.get("torch")
    f = lambda x: "%.0f" % x if x else "-"
    r = lambda x, y: "%.2fx" % (x / y) if x and y else "-"
    print(f"| {name} | {f(b)} | {f(a)} | {r(a, b)} | {f(t)} | {r(a, t)} | {len(sides.get('after', []))} |")
PYEOF
