#!/usr/bin/env python3
"""Imputation benchmark (issue 17): values removed from complete real datasets, completely at random (10, 20, 40 %)
and not at random (cells in the upper half of their attribute removed with probability 0.4), then filled in by the
filters' reconstruction, Weka's ReplaceMissingValues (mean/mode), scikit-learn's KNNImputer and IterativeImputer.
Every imputer sees the whole incomplete dataset (the class is kept and never removed). Scores: RMSE on the removed
numeric values in units of the attribute's standard deviation, accuracy on the removed nominal values.

Usage (from bench/run-imputation.sh): imputation.py <work dir> <java command...>
"""
import csv
import io
import os
import subprocess
import sys

import numpy as np
from sklearn.experimental import enable_iterative_imputer  # noqa: F401
from sklearn.impute import IterativeImputer, KNNImputer

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "datasets"))
from make_outlier_datasets import read_arff, write_arff  # noqa: E402

DATASETS = ["credit-g", "diabetes", "impute-cpu", "impute-breast-cancer"]
CASES = ["MCAR 10%", "MCAR 20%", "MCAR 40%", "MNAR"]
SEEDS = int(os.environ.get("SEEDS", "2"))
AE = "weka.filters.unsupervised.attribute.Autoencoder -output reconstruction -threads 1"
CONFIGS = dict(c.split("=", 1) for c in os.environ.get("CONFIGS", "").split(";") if c) or {
    "Autoencoder defaults": AE,
    "Autoencoder -impute-noise 0": AE + " -impute-noise 0",
}
# measured before (RESULTS-imputation.md): AE -impute-rounds 10; AE -noise "...MissingValueNoise -probability p"
# with p = 0.25, 0.5 (and 0.25 with -impute-rounds 3), all before the calibration; MaskingNoise 0.2
RMV = "Weka ReplaceMissingValues (mean/mode)"


def labels(spec):
    inner = spec.strip()[1:-1]
    return [v.strip() for v in next(csv.reader(io.StringIO(inner), quotechar="'", skipinitialspace=True))]


def remove(rows, attributes, case, seed):
    rng = np.random.RandomState(seed)
    n, d = len(rows), len(attributes) - 1
    mask = np.zeros((n, d), dtype=bool)
    if case.startswith("MCAR"):
        rate = int(case.split()[1].rstrip("%")) / 100
        mask = rng.rand(n, d) < rate
    else:
        for j, (_, spec) in enumerate(attributes[:-1]):
            if spec.startswith("{"):
                values = [r[j] for r in rows]
                top = max(set(values), key=values.count)
                upper = np.array([v == top for v in values])
            else:
                x = np.array([float(r[j]) for r in rows])
                upper = x > np.median(x)
            mask[:, j] = upper & (rng.rand(n) < 0.4)
    for i in range(n):  # keep one observed value per row, as a user's data would have
        if mask[i].all():
            mask[i, rng.randint(d)] = False
    masked = [[("?" if mask[i, j] else v) for j, v in enumerate(r[:-1])] + [r[-1]] for i, r in enumerate(rows)]
    return mask, masked


def encode(attributes, rows):
    """Numbers min-max scaled on the observed values, labels one-hot (a missing label = a block of NaN)."""
    blocks, columns = [], []
    for j, (_, spec) in enumerate(attributes):
        if spec.startswith("{"):
            ls = labels(spec)
            start = len(columns)
            for label in ls:
                columns.append([np.nan if r[j] == "?" else float(r[j] == label) for r in rows])
            blocks.append(("nominal", start, ls))
        else:
            x = np.array([np.nan if r[j] == "?" else float(r[j]) for r in rows])
            lo, hi = np.nanmin(x), np.nanmax(x)
            scale = hi - lo if hi > lo else 1.0
            columns.append(list((x - lo) / scale))
            blocks.append(("numeric", len(columns) - 1, (lo, scale)))
    return np.array(columns).T, blocks


def decode(filled, blocks):
    """@return per attribute the imputed values: numbers in original units, labels as label indices."""
    out = []
    for kind, start, info in blocks:
        if kind == "nominal":
            out.append(np.argmax(filled[:, start:start + len(info)], axis=1).astype(float))
        else:
            lo, scale = info
            out.append(filled[:, start] * scale + lo)
    return np.array(out).T


def truth(attributes, rows):
    t = np.zeros((len(rows), len(attributes)))
    for j, (_, spec) in enumerate(attributes):
        ls = labels(spec) if spec.startswith("{") else None
        for i, r in enumerate(rows):
            t[i, j] = ls.index(r[j]) if ls else float(r[j])
    return t


def score(values, true, mask, attributes):
    sq, count, right, total = 0.0, 0, 0, 0
    for j, (_, spec) in enumerate(attributes):
        m = mask[:, j]
        if not m.any():
            continue
        if spec.startswith("{"):
            right += int((values[m, j] == true[m, j]).sum())
            total += int(m.sum())
        else:
            sd = true[:, j].std() or 1.0
            sq += float((((values[m, j] - true[m, j]) / sd) ** 2).sum())
            count += int(m.sum())
    return (np.sqrt(sq / count) if count else np.nan), (right / total if total else np.nan)


def read_output(path, d):
    with open(path) as f:
        return np.array([[float(v) for v in line.rstrip("\n").split(",")[:d]] for line in f])


def main():
    work, java = sys.argv[1], sys.argv[2:]
    os.makedirs(work, exist_ok=True)
    results, jobs, plan = {}, [], []
    for name in DATASETS:
        relation, attributes, rows = read_arff(os.path.join(HERE, "..", "datasets", name + ".arff"))
        inputs = attributes[:-1]
        true = truth(inputs, rows)
        for case in CASES:
            for s in range(1, SEEDS + 1):
                mask, masked = remove(rows, attributes, case, s)
                path = os.path.join(work, f"{name}-{case.replace(' ', '').replace('%', '')}-{s}.arff")
                write_arff(path, relation, attributes, masked, [])
                x, blocks = encode(inputs, [r[:-1] for r in masked])
                peers = {"KNNImputer (k=5)": KNNImputer(n_neighbors=5),
                         "IterativeImputer": IterativeImputer(max_iter=10, random_state=s)}
                for label, imputer in peers.items():
                    filled = imputer.fit_transform(x)
                    results.setdefault((name, case, label), []).append(score(decode(filled, blocks), true, mask,
                                                                             inputs))
                for label, command in [(RMV, "weka.filters.unsupervised.attribute.ReplaceMissingValues ")] + list(
                        CONFIGS.items()):
                    cls, options = command.split(" ", 1)
                    slug = "".join(c if c.isalnum() else "_" for c in label)
                    out = path[:-5] + f"-{slug}.csv"
                    jobs.append("\t".join([path, "-", out, cls, options]))
                    plan.append((name, case, label, out, true, mask, inputs))
    with open(os.path.join(work, "jobs.tsv"), "w") as f:
        f.write("\n".join(jobs) + "\n")
    if not os.environ.get("REPORT_ONLY"):  # REPORT_ONLY=1: tabulate the outputs a stopped run left
        subprocess.run(java + ["FilterJobs", os.path.join(work, "jobs.tsv")], check=True)
    for name, case, label, out, true, mask, inputs in plan:
        if not os.path.exists(out):
            continue
        results.setdefault((name, case, label), []).append(score(read_output(out, len(inputs)), true, mask, inputs))
    report(results)


def report(results):
    methods = []
    for (_, _, m) in results:
        if m not in methods:
            methods.append(m)
    for k, metric in ((0, "RMSE on the removed numeric values (in standard deviations; lower is better)"),
                      (1, "accuracy on the removed nominal values (higher is better)")):
        sets = [d for d in DATASETS if not np.isnan(results[(d, CASES[0], methods[0])][0][k])]
        print(f"\n#### {metric}, mean over {SEEDS} random masks\n")
        header = [f"{d} {c}" for d in sets for c in CASES]
        print("| method | " + " | ".join(header) + " | mean |")
        print("|---" * (len(header) + 2) + "|")
        for m in methods:
            cells = [np.nanmean([r[k] for r in results[(d, c, m)]]) if (d, c, m) in results else np.nan
                     for d in sets for c in CASES]
            mean = "-" if np.isnan(cells).any() else f"**{np.mean(cells):.3f}**"
            print(f"| {m} | " + " | ".join("-" if np.isnan(v) else f"{v:.3f}" for v in cells) + f" | {mean} |")


if __name__ == "__main__":
    main()
