#!/usr/bin/env python3
"""Outlier benchmark (issue 17): the filters' anomaly scores beside scikit-learn's k-NN distance, LOF,
IsolationForest and PCA reconstruction error, on the same random stratified 60/40 splits of the outlier sets that
datasets/make_outlier_datasets.py builds. Every detector is fitted on the training part, outliers included (the
unsupervised setting), and scores the test part; ROC AUC and average precision against the known outlier class.

Usage (from bench/run-outliers.sh): outliers.py <work dir> <java command...>
"""
import os
import subprocess
import sys

import numpy as np
from sklearn.decomposition import PCA
from sklearn.ensemble import IsolationForest
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.neighbors import LocalOutlierFactor, NearestNeighbors

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "datasets"))
from make_outlier_datasets import read_arff, write_arff  # noqa: E402

DATASETS = ["outlier-ionosphere", "outlier-pima", "outlier-glass", "outlier-segment", "outlier-credit"]
SPLITS = int(os.environ.get("SPLITS", "10"))
AE = "weka.filters.unsupervised.attribute.Autoencoder"
CONFIGS = dict(c.split("=", 1) for c in os.environ.get("CONFIGS", "").split(";") if c) or {
    "Autoencoder defaults (anomaly_score of -outlier-attribute)": AE + " -outlier-attribute -threads 1",
    "VariationalAutoencoder -outlier-attribute (defaults)": "weka.filters.unsupervised.attribute."
                                                            "VariationalAutoencoder -outlier-attribute -threads 1",
}
# the reconstruction error and the code-space distance alone are in the PROBE=1 report (same trained networks);
# the other configurations measured in session 2 (bench/RESULTS-outliers.md, "Tried before"), run with CONFIGS=...:
#   AE -error-attribute -code-size 2 -hidden 32; AE -error-attribute -noise "...MaskingNoise -probability 0.2";
#   trim:0.1:AE -error-attribute; VariationalAutoencoder -error-attribute
ENSEMBLE = os.environ.get("ENSEMBLE", "")  # a label: its config also runs with seeds 2, 3 (rank-mean ensemble)
# PROBE=1: one Autoencoder run per split writing codes, per-attribute errors and the score for training and test
# rows, from which candidate scores are derived here (the measurement that chose the default anomaly score)
PROBE = os.environ.get("PROBE")
if PROBE:
    CONFIGS = {"probe": AE + " -output code -error-attribute -error-per-attribute" + os.environ.get("PROBE_OPTIONS", "")}
ENSEMBLE_SEEDS = [2, 3]


def encode(attributes, train_rows, test_rows):
    """One-hot nominal attributes, numeric ones min-max scaled on the training rows (as the filters' default)."""
    columns_train, columns_test = [], []
    for j, (name, spec) in enumerate(attributes):
        if spec.startswith("{"):
            labels = sorted({r[j] for r in train_rows + test_rows})
            for label in labels:
                columns_train.append([1.0 if r[j] == label else 0.0 for r in train_rows])
                columns_test.append([1.0 if r[j] == label else 0.0 for r in test_rows])
        else:
            tr = np.array([float(r[j]) for r in train_rows])
            te = np.array([float(r[j]) for r in test_rows])
            lo, hi = tr.min(), tr.max()
            scale = hi - lo if hi > lo else 1.0
            columns_train.append((tr - lo) / scale)
            columns_test.append((te - lo) / scale)
    return np.array(columns_train).T, np.array(columns_test).T


def peers(xtr, xte, seed):
    k = 5
    nn = NearestNeighbors(n_neighbors=k).fit(xtr)
    knn = nn.kneighbors(xte)[0][:, -1]
    lof = -LocalOutlierFactor(n_neighbors=20, novelty=True).fit(xtr).score_samples(xte)
    iforest = -IsolationForest(n_estimators=100, random_state=seed).fit(xtr).score_samples(xte)
    pca = PCA(n_components=0.9, svd_solver="full").fit(xtr)
    rebuilt = pca.inverse_transform(pca.transform(xte))
    pca_error = ((xte - rebuilt) ** 2).mean(axis=1)
    return {"k-NN distance (k=5)": knn, "LOF (k=20)": lof, "IsolationForest": iforest,
            "PCA error (90% variance)": pca_error}


def split(rows, seed):
    rng = np.random.RandomState(seed)
    train, test = [], []
    for label in ("no", "yes"):
        idx = [i for i, r in enumerate(rows) if r[-1] == label]
        rng.shuffle(idx)
        cut = int(round(0.6 * len(idx)))
        train += idx[:cut]
        test += idx[cut:]
    return sorted(train), sorted(test)


def read_scores(path, column=-1):
    with open(path) as f:
        return np.array([float(line.rstrip("\n").split(",")[column]) for line in f])


def probed(out, d, codes=10, k=5):
    """Candidate anomaly scores from one run's codes, per-attribute errors and mean squared error."""
    train, test = np.genfromtxt(out + ".train", delimiter=","), np.genfromtxt(out, delimiter=",")
    ctr, cte = train[:, :codes], test[:, :codes]
    etr, ete = train[:, codes + 1:codes + 1 + d], test[:, codes + 1:codes + 1 + d]
    spread = etr.mean(axis=0) + 1e-6
    sd = etr.std(axis=0) + 1e-6
    out = {"AE reconstruction_error (the score before this session)": test[:, -1],
           "AE error per attribute / its training mean": (ete / spread).mean(axis=1),
           "AE error per attribute / its training sd": (ete / sd).mean(axis=1),
           "AE error per attribute, sqrt / training mean of sqrt": (np.sqrt(ete) / (np.sqrt(etr).mean(axis=0) + 1e-6)).mean(axis=1)}
    for kk in (5, 10):
        dist = NearestNeighbors(n_neighbors=kk).fit(ctr).kneighbors(cte)[0]
        out[f"AE code k-NN (k={kk})"] = dist[:, -1]
    csd = ctr.std(axis=0) + 1e-6
    zdist = NearestNeighbors(n_neighbors=k).fit(ctr / csd).kneighbors(cte / csd)[0][:, -1]
    out["AE code k-NN, codes standardised (k=5)"] = zdist
    tr_knn = NearestNeighbors(n_neighbors=k + 1).fit(ctr).kneighbors(ctr)[0][:, -1]
    te_knn = out["AE code k-NN (k=5)"]
    std_err_tr, std_err_te = (etr / spread).mean(axis=1), (ete / spread).mean(axis=1)
    out["AE error rank + code k-NN rank"] = rank(test[:, -1]) + rank(te_knn)
    out["AE std error / train median + code k-NN / train median"] = (std_err_te / np.median(std_err_tr)
                                                                     + te_knn / np.median(tr_knn))
    out["AE mse / train median + code k-NN / train median"] = (test[:, -1] / np.median(train[:, -1])
                                                               + te_knn / np.median(tr_knn))
    # ranks among the training rows' values (as -anomaly-score combined computes them; beyond the largest:
    # 1 + excess / (largest - median)), weight w on the error's rank
    for kk in (3, 5):
        ktr = NearestNeighbors(n_neighbors=kk + 1).fit(ctr).kneighbors(ctr)[0][:, -1]
        kte = NearestNeighbors(n_neighbors=kk).fit(ctr).kneighbors(cte)[0][:, -1]
        for w in (0.3, 0.5, 0.7):
            out[f"{w} x error rank + {1 - w:.1f} x code k-NN rank (k={kk}), ranks among training rows"] = (
                w * training_rank(train[:, -1], test[:, -1]) + (1 - w) * training_rank(ktr, kte))
        out[f"max of the two training ranks (k={kk})"] = np.maximum(training_rank(train[:, -1], test[:, -1]),
                                                                    training_rank(ktr, kte))
    return out


def training_rank(train, x):
    s = np.sort(train)
    r = np.searchsorted(s, x, side="right") / len(s)
    spread = s[-1] - np.median(s)
    return np.where(x > s[-1], 1 + (x - s[-1]) / (spread if spread > 0 else 1.0), r)


def rank(x):
    return np.argsort(np.argsort(x)) / (len(x) - 1)


def main():
    work, java = sys.argv[1], sys.argv[2:]
    os.makedirs(work, exist_ok=True)
    jobs, plan = [], []
    results = {}
    for name in DATASETS:
        relation, attributes, rows = read_arff(os.path.join(HERE, "..", "datasets", name + ".arff"))
        for s in range(1, SPLITS + 1):
            tr, te = split(rows, s)
            train_rows, test_rows = [rows[i] for i in tr], [rows[i] for i in te]
            base = os.path.join(work, f"{name}-{s}")
            write_arff(base + "-train.arff", relation, attributes, train_rows, [])
            write_arff(base + "-test.arff", relation, attributes, test_rows, [])
            y = np.array([1 if r[-1] == "yes" else 0 for r in test_rows])
            xtr, xte = encode(attributes[:-1], [r[:-1] for r in train_rows], [r[:-1] for r in test_rows])
            for method, score in peers(xtr, xte, s).items():
                results.setdefault((name, method), []).append((roc_auc_score(y, score),
                                                               average_precision_score(y, score)))
            for label, command in CONFIGS.items():
                cls, options = command.split(" ", 1)
                seeds = [1] + (ENSEMBLE_SEEDS if label == ENSEMBLE else [])
                outs = []
                for seed in seeds:
                    slug = "".join(c if c.isalnum() else "_" for c in label)
                    out = f"{base}-{slug}-S{seed}.csv"
                    outs.append(out)
                    jobs.append((s, "\t".join([base + "-train.arff", base + "-test.arff", out, cls,
                                                options + f" -S {seed}"] + (["keep-train"] if PROBE else []))))
                plan.append((name, label, y, outs, len(attributes) - 1))
    with open(os.path.join(work, "jobs.tsv"), "w") as f:
        # split by split, so that a run stopped early has every dataset on its first splits
        f.write("\n".join(job for _, job in sorted(jobs, key=lambda j: j[0])) + "\n")
    if not os.environ.get("REPORT_ONLY"):  # REPORT_ONLY=1: tabulate the outputs a stopped run left
        subprocess.run(java + ["FilterJobs", os.path.join(work, "jobs.tsv")], check=True)
    for name, label, y, outs, d in plan:
        if not all(os.path.exists(o) for o in outs):
            continue
        if PROBE:
            for method, score in probed(outs[0], d).items():
                results.setdefault((name, method), []).append((roc_auc_score(y, score),
                                                               average_precision_score(y, score)))
            continue
        # with -outlier-attribute the score is the last but one value (the flag is last)
        flagged = "-outlier-attribute" in CONFIGS[label] and "-outlier-probability" not in CONFIGS[label]
        scores = [read_scores(o, -2 if flagged else -1) for o in outs]
        first = scores[0]
        if np.isnan(first).any():
            raise SystemExit(f"{outs[0]}: missing scores")
        results.setdefault((name, label), []).append((roc_auc_score(y, first), average_precision_score(y, first)))
        if len(scores) > 1:
            ensemble = np.mean([rank(s) for s in scores], axis=0)
            results.setdefault((name, label + " x3 seeds (rank mean)"), []).append(
                (roc_auc_score(y, ensemble), average_precision_score(y, ensemble)))
    report(results)


def report(results):
    methods = []
    for (_, m) in results:
        if m not in methods:
            methods.append(m)
    for metric, k in (("ROC AUC", 0), ("average precision", 1)):
        print(f"\n#### Test {metric}, mean (sd) over {SPLITS} random stratified 60/40 splits\n")
        print("| method | " + " | ".join(d.replace("outlier-", "") for d in DATASETS) + " | mean |")
        print("|---" * (len(DATASETS) + 2) + "|")
        for m in methods:
            cells, means = [], []
            for d in DATASETS:
                v = np.array([r[k] for r in results.get((d, m), [])])
                if len(v) == 0:
                    cells.append("-")
                    continue
                means.append(v.mean())
                cells.append(f"{v.mean():.3f} ({v.std():.3f})" + ("" if len(v) == SPLITS else f" n={len(v)}"))
            mean = f"**{np.mean(means):.3f}**" if len(means) == len(DATASETS) else "-"
            print(f"| {m} | " + " | ".join(cells) + f" | {mean} |")


if __name__ == "__main__":
    main()
