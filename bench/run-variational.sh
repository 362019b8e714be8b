#!/usr/bin/env bash
# Issue 6's benchmark (see bench/RESULTS-variational.md). From the repository root:
#   bench/run-variational.sh            both parts
#   bench/run-variational.sh mnist      1: test negative ELBO on the MNIST sample, ours vs DL4J's layer vs PyTorch
#   bench/run-variational.sh tstr       2: train on synthetic, test on real, on three shipped tabular datasets
# Runs one training at a time. Installs Debian's python3-torch for the peer when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
part="${1:-all}"
# The benchmarks are test sources of the Maven build: test-compile puts them in target/test-classes.
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp=$(tr ':' '\n' < target/bench.classpath | grep '\.jar$' | paste -sd:)
run_java() { java -Xmx3g -cp "target/test-classes:target/classes:$cp" VariationalBenchmark "$@"; }
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-<unset>}"

if [ "$part" = all ] || [ "$part" = mnist ]; then
  # Debian's python3-torch lives in the system Python; a python3 earlier on the PATH (pyenv, venv) would not see it.
  # Its default BLAS is the slow reference one (BLAS_INFO=generic); the peer runs on Debian's OpenBLAS instead,
  # chosen for this process only with LD_LIBRARY_PATH, so it is not handicapped.
  py=/usr/bin/python3
  openblas=/usr/lib/x86_64-linux-gnu/openblas-pthread
  if ! "$py" -c 'import torch' 2>/dev/null || [ ! -e "$openblas/libblas.so.3" ]; then
    echo "installing Debian's python3-torch and libopenblas0-pthread for the PyTorch peer"
    apt-get install -y -q python3-torch libopenblas0-pthread >/dev/null \
      || sudo apt-get install -y -q python3-torch libopenblas0-pthread >/dev/null
  fi
  results=$(mktemp)
  # Seeds of the filter and PyTorch (SEEDS="1 2 3" by default); DL4J's layer, the design not chosen, runs seed 1.
  for seed in ${SEEDS:-1 2 3}; do
    which=ours
    [ "$seed" = 1 ] && which=both
    run_java mnist datasets "$which" "$seed" 2> >(grep -v 'ARPACK\|^WARNING\|: epoch ' >&2) | tee -a "$results"
    LD_LIBRARY_PATH="$openblas${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" "$py" bench/vae_torch.py datasets "$(nproc)" \
      "$seed" | tee -a "$results"
  done
  echo
  echo "| implementation (784-400-20, Bernoulli, Adam 1e-3, batch 128, 10 epochs) | test negative ELBO per image, nats (per seed) | training samples/s (per seed) |"
  echo "| --- | --- | --- |"
  grep '^RESULT' "$results" | awk '{elbo[$2] = elbo[$2] sep[$2] $4; rate[$2] = rate[$2] sep[$2] $5; sep[$2] = ", ";
      sum[$2] += $4; n[$2]++; rsum[$2] += $5; if (!($2 in order)) { order[$2] = ++k; names[k] = $2 } }
    END { for (i = 1; i <= k; i++) { m = names[i];
      printf "| %s | %.2f (%s) | %.0f (%s) |\n", m, sum[m] / n[m], elbo[m], rsum[m] / n[m], rate[m] } }'
  rm -f "$results"
fi

if [ "$part" = all ] || [ "$part" = tstr ]; then
  echo
  run_java tstr datasets/diabetes.arff datasets/credit-g.arff datasets/breast-cancer.arff \
    2> >(grep -v 'ARPACK\|^WARNING\|: epoch ' >&2)
fi
