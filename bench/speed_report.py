"""Formats target/speed-raw.txt (RESULT lines from bench/run-speed.sh) as bench/RESULTS-speed.md.

Usage: speed_report.py <raw> <threads> <generic jar MB> <avx2 jar MB> [previous report]
With a previous report, its hand-written part (from the first line starting with "## Notes" to the end) is copied
to the end of the new one, so a rerun replaces the tables but keeps the notes. Writes to stdout: do not redirect it
into the previous report itself, the shell would empty that before it is read.
"""
import os
import platform
import statistics
import subprocess
import sys

raw, threads, generic_mb, avx2_mb = sys.argv[1:5]
kept_notes = ""
if len(sys.argv) > 5 and os.path.exists(sys.argv[5]):
    with open(sys.argv[5]) as previous:
        lines = previous.readlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("## Notes")), None)
    if start is not None:
        kept_notes = "".join(lines[start:])
r, notes = {}, []  # r: measurement name -> key -> values of its repeated runs, in order
for line in open(raw):
    if line.startswith("RESULT "):
        parts = line.split()
        runs = r.setdefault(parts[1], {})
        for p in parts[2:]:
            if "=" in p:
                key, value = p.split("=", 1)
                runs.setdefault(key, []).append(value)
    else:
        notes.append(line.strip())


def g(name, key):
    """The median over the repeated runs of a measurement (REPEATS in run-speed.sh), or None when missing."""
    try:
        values = sorted(float(v) for v in r[name][key])
    except (KeyError, ValueError):
        return None
    return statistics.median(values) if values else None


def run_count(name):
    return len(r.get(name, {}).get("train_sps", r.get(name, {}).get("rss_mb", [])))


def f(v, digits=0):
    return "n/a" if v is None else f"{v:,.{digits}f}"


def ratio(a, b):
    return "n/a" if a is None or b is None or b == 0 else f"{a / b:.2f}x"


cpu = "?"
for line in open("/proc/cpuinfo"):
    if line.startswith("model name"):
        cpu = line.split(":", 1)[1].strip()
        break
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
print("# Training speed and memory against PyTorch (issues 8 and 15)\n")
print("Command (from the repository root): `bench/run-speed.sh` (one JVM / Python process per measurement, "
      "interleaved).\n")
print(f"- Machine: {os.cpu_count()} cores, {cpu}; {java}; Python {platform.python_version()} with Debian's "
      "python3-torch; threads on both sides: " + threads + " (ours: `-threads " + threads + "`, i.e. BLAS "
      + threads + ", OpenMP 1, and for the convolutional net OpenMP " + threads + ", BLAS 1; PyTorch: "
      "`torch.set_num_threads(" + threads + ")`, interop 1, "
      "OPENBLAS_NUM_THREADS=" + threads + ").")
print(f"- OPENBLAS_CORETYPE: {os.environ.get('OPENBLAS_CORETYPE', 'not set')} (left as it is).")
print("- Conditions: " + "; ".join(notes) + ". Where a row says 'median of n runs', the suite ran the whole "
      "network block n times in turn (ours and PyTorch interleaved) and each figure is the median of its n runs; "
      "otherwise one run.")
print("- Data: `datasets/mnist-train.arff.gz` (8,000 digits) for training, `mnist-test.arff.gz` (2,000) for "
      "filtering. Settings on both sides: Adam 0.001, batch 128, ReLU hidden layers, linear code and output, MSE, "
      "no validation split. Training samples/s = rows x epochs / time of the training loop; filtering = best of 3 "
      "passes over the 2,000 test digits (ours through `Filter.useFilter`, i.e. including Weka's Instances "
      "conversion; PyTorch one forward pass of the whole tensor). Peak RSS = VmHWM of the process (ours: -Xmx4g).")
print("- Other variants, on the same MNIST data and with the same settings unless stated: "
      "**VariationalAutoencoder** `-hidden 400 -code-size 20 -distribution bernoulli -kl-warmup 0` against "
      "bench/vae_torch.py's VAE (784-400-20, ReLU, Bernoulli decoder, mean negative ELBO per row), filtering = the "
      "posterior means; **DenoisingAutoencoder** with the 784-256-64-30 net and "
      "`-noise \"weka.autoencoder.noise.GaussianNoise -stddev 0.5 -clip\"` against the same net trained on "
      "clamp(x + N(0, 0.5^2), 0, 1) with fresh noise per minibatch, filtering = its default output, the "
      "reconstruction; **RecurrentAutoencoder** defaults (LSTM 64, code 10; gradients clipped element-wise at 1) on "
      "`datasets/co2-windows.arff.gz` prepared as in bench/RecurrentBenchmark.java (gaps interpolated, each window "
      "centred, split by time: 391 training windows of 52 weeks, 155 test windows), against a PyTorch LSTM "
      "encoder -> last step -> linear code -> repeated code -> LSTM decoder -> linear output "
      "(bench/speed_torch.py's LstmAutoencoder); samples = windows, filtering = the codes of the test windows.")
print("- PyTorch reference: Debian's torch links `libblas.so.3`, which on this machine's alternatives points at "
      "the reference (netlib) BLAS; the reference runs load OpenBLAS for that process (LD_LIBRARY_PATH), the "
      "'system BLAS' row shows the configured one.\n")
print("## Networks (MNIST sample; the recurrent rows: CO2 windows)\n")
print("| network | run | training samples/s | x PyTorch | filtering samples/s | x PyTorch | peak RSS MB | x PyTorch |")
print("| --- | --- | --- | --- | --- | --- | --- | --- |")
nets = [("784-256-64-30", "dense_256,64", ["ours_dense_256,64_ours", "before_dense_256,64_ours",
                                            "nocompact_dense_256,64_ours", "ours_dense_256,64_nd4j-default",
                                            "heap1g_dense_256,64_ours", "serialgc_dense_256,64_ours",
                                            "torchsysblas_dense_256,64"]),
        ("784-1000-500-250-30", "dense_1000,500,250", ["ours_dense_1000,500,250_ours",
                                                        "before_dense_1000,500,250_ours",
                                                        "ours_dense_1000,500,250_nd4j-default",
                                                        "avx2_dense_1000,500,250_ours",
                                                        "serialgc_dense_1000,500,250_ours"]),
        ("ConvolutionalAutoencoder default (16,32 filters, code 32)", "conv", ["ours_conv"]),
        ("VariationalAutoencoder 784-400-20, Bernoulli (issue's target: training >= 1.0x)", "vae", ["ours_vae", "before_vae", "nocompact_vae", "serialgc_vae"]),
        ("DenoisingAutoencoder 784-256-64-30, Gaussian noise sd 0.5 clipped", "denoising_256,64",
         ["ours_denoising_256,64", "before_denoising_256,64"]),
        ("RecurrentAutoencoder default (LSTM 64, code 10), 52-week CO2 windows", "recurrent", ["ours_recurrent", "before_recurrent"])]
labels = {"ours": "this package (its thread policy)", "nd4j-default": "this package, ND4J's thread default",
          "torchsysblas": "PyTorch, system BLAS (netlib)", "avx2": "this package + AVX2 natives"}
for title, key, runs in nets:
    ref = "torch_" + key
    for name in [ref] + runs:
        if name not in r:
            continue
        if name == ref:
            label = "PyTorch (OpenBLAS)"
        elif name.startswith("torchsysblas"):
            label = labels["torchsysblas"]
        elif name.startswith("heap1g"):
            label = "this package, -Xmx1g instead of -Xmx4g"
        elif name.startswith("before_"):
            label = "before: " + os.environ.get("BEFORE_LABEL", "an earlier build")
        elif name.startswith("nocompact_"):
            label = "this package, heap not collected before training (-Dweka.autoencoder.heapCompaction=false)"
        elif name.startswith("serialgc"):
            label = "this package, -XX:+UseSerialGC"
        elif name.startswith("avx2"):
            label = labels["avx2"]
        else:
            label = labels["nd4j-default" if name.endswith("nd4j-default") else "ours"]
        ep = r[name].get("epochs", ["?"])[0]
        n = run_count(name)
        print(f"| {title} | {label} ({ep} ep.{'' if n < 2 else f', median of {n} runs'}) | {f(g(name, 'train_sps'))} | {ratio(g(name, 'train_sps'), g(ref, 'train_sps'))} "
              f"| {f(g(name, 'filter_sps'))} | {ratio(g(name, 'filter_sps'), g(ref, 'filter_sps'))} "
              f"| {f(g(name, 'rss_mb'))} | {ratio(g(name, 'rss_mb'), g(ref, 'rss_mb'))} |")
print()
print("## Start-up, PCA, Weka's MLPAutoencoder\n")
print("| measure | value |")
print("| --- | --- |")
print(f"| this package: JVM start to first output of a fresh Autoencoder (1 epoch, 20 rows x 5 attributes), natives "
      f"cached | {f(g('ours_startup', 'first_output_s'), 2)} s (whole process {f(g('ours_startup_process', 'wall_s'), 2)} s,"
      f" peak RSS {f(g('ours_startup', 'rss_mb'))} MB) |")
print(f"| PyTorch: interpreter + `import torch` to first output, same task | "
      f"{f(g('torch_startup_torch', 'first_output_s_after_interpreter'), 2)} s after the interpreter started (whole "
      f"process {f(g('torch_startup_process', 'wall_s'), 2)} s) |")
print(f"| Weka PrincipalComponents -C -M 30 on the 8,000 digits | fit {f(g('ours_pca', 'fit_s'), 1)} s, filtering "
      f"{f(g('ours_pca', 'filter_sps'))} samples/s, peak RSS {f(g('ours_pca', 'rss_mb'))} MB |")
if "ours_mlp" in r:
    print(f"| Weka MLPAutoencoder -N 30 (multiLayerPerceptrons 1.0.10, BFGS to convergence) | fit "
          f"{f(g('ours_mlp', 'fit_s'), 1)} s, filtering {f(g('ours_mlp', 'filter_sps'))} samples/s, peak RSS "
          f"{f(g('ours_mlp', 'rss_mb'))} MB |")
elif "mlp_timeout" in r:
    print(f"| Weka MLPAutoencoder -N 30 (multiLayerPerceptrons 1.0.10, BFGS to convergence) | not finished within "
          f"{r['mlp_timeout']['seconds'][0]} s (stopped) |")
else:
    print("| Weka MLPAutoencoder | skipped (package did not resolve) |")
print()
print("## Scaling: generated 50-attribute data (5-dimensional linear manifold + noise), Autoencoder defaults "
      "(512,128, code 10), 1 epoch, batch 128, default heap\n")
print("| rows | ours: training loop s | samples/s | train+filter wall s | peak RSS MB | max heap MB "
      "| ours, -XX:+UseSerialGC: loop s | peak RSS MB | PyTorch loop s | PyTorch samples/s | PyTorch peak RSS MB |")
print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
for k in sorted((k for k in r if k.startswith("scale_") and not k.startswith("scale_torch")),
                key=lambda k: int(k.split("_")[1])):
    n = k.split("_")[1]
    t = "scale_torch_" + n
    print(f"| {int(n):,} | {f(g(k, 'loop_s'), 1)} | {f(g(k, 'train_sps'))} | {f(g(k, 'train_and_filter_wall_s'), 1)} "
          f"| {f(g(k, 'rss_mb'))} | {f(g(k, 'max_heap_mb'))} | {f(g('serialgc_' + k, 'loop_s'), 1)} "
          f"| {f(g('serialgc_' + k, 'rss_mb'))} | {f(g(t, 'loop_s'), 1)} | {f(g(t, 'train_sps'))} "
          f"| {f(g(t, 'rss_mb'))} |")
print()
print(f"Package-size cost of AVX2 natives: the generic `nd4j-native` linux-x86_64 jar is {generic_mb} MB, the "
      f"linux-x86_64-avx2 jar {avx2_mb} MB; shipping both (for a run-time choice) adds the latter.")
if kept_notes:
    print()
    sys.stdout.write(kept_notes)
