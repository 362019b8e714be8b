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


def probed(out, d, xtr, xte, codes=10, k=5):
    """Candidate anomaly scores from one run's codes and reconstruction errors (training and test rows) and the
    rows as the network reads them (xtr, xte: min-max scaled, one-hot). E = reconstruction error, C = distance
    from the code to the k-th nearest training code, X = the same in the input space; every rank is among the
    training rows' values (training rows skip themselves), as the filter computes them."""
    train, test = np.genfromtxt(out + ".train", delimiter=","), np.genfromtxt(out, delimiter=",")
    ctr, cte = train[:, :codes], test[:, :codes]
    comp = {"E": (train[:, -1], test[:, -1]), "C": (knn_train(ctr, k), knn_test(ctr, cte, k))}
    for kk in (3, 5, 10):
        comp[f"X{kk}"] = (knn_train(xtr, kk), knn_test(xtr, xte, kk))
    comp["Xmean5"] = (NearestNeighbors(n_neighbors=5).fit(xtr).kneighbors()[0].mean(axis=1),
                      NearestNeighbors(n_neighbors=5).fit(xtr).kneighbors(xte)[0].mean(axis=1))
    sd = xtr.std(axis=0)
    sd[sd == 0] = 1
    comp["Xs"] = (knn_train(xtr / sd, k), knn_test(xtr / sd, xte / sd, k))
    ksq = max(k, int(round(np.sqrt(len(xtr)) / 2)))
    comp["Xsqrt"] = (knn_train(xtr, ksq), knn_test(xtr, xte, ksq))
    R = {n: (training_rank(a, a), training_rank(a, b)) for n, (a, b) in comp.items()}

    def blend(weights, part=1):
        total = sum(weights.values())
        return sum(w * R[n][part] for n, w in weights.items()) / total

    E, C, X = "E", "C", "X5"
    o = {"E: AE reconstruction_error (-anomaly-score reconstruction)": comp[E][1],
         "C: AE code k-NN, k=5 (-anomaly-score neighbours)": comp[C][1],
         "X: input-space k-NN, k=5 (the scaled rows the network reads)": comp[X][1],
         "input-space k-NN, k=3": comp["X3"][1], "input-space k-NN, k=10": comp["X10"][1],
         "input-space k-NN, k = sqrt(n)/2 (6 to 17 here)": comp["Xsqrt"][1],
         "input-space k-NN, mean distance to 5 nearest": comp["Xmean5"][1],
         "input-space k-NN, columns standardised": comp["Xs"][1],
         "0.3 E + 0.7 C (session 3 default)": blend({E: .3, C: .7}),
         "0.3 E + 0.7 X": blend({E: .3, X: .7}), "0.5 E + 0.5 X": blend({E: .5, X: .5}),
         "(E + C + X) / 3": blend({E: 1, C: 1, X: 1}), "0.3 E + 0.35 C + 0.35 X": blend({E: .3, C: .35, X: .35}),
         "(C + X) / 2": blend({C: 1, X: 1})}
    for w in (0.7, 0.9):
        o[f"{w} E + {1 - w:.1f} X"] = blend({E: w, X: 1 - w})
    # weights from the training rows
    names = [E, C, X]
    tail = {n: log_tail(comp[n][0]) for n in names}
    o["weights = log-tail heaviness of E, C, X"] = blend(tail)
    o["E or X, whichever has the heavier log tail"] = R[E][1] if tail[E] > tail[X] else R[X][1]
    agree = {n: max(0.0, spearman(R[n][0], np.mean([R[m][0] for m in names if m != n], axis=0))) for n in names}
    o["weights = rank correlation of E, C, X with the others' mean"] = blend(agree)
    o["weights = that correlation ^ 4"] = blend({n: a ** 4 for n, a in agree.items()})
    consensus = np.mean([R[n][0] for n in names], axis=0)
    pseudo = (consensus >= np.quantile(consensus, 0.9)).astype(int)
    o["weights = training AUC - 0.5 against the consensus top 10 %"] = blend(
        {n: max(0.0, roc_auc_score(pseudo, R[n][0]) - 0.5) for n in names})
    rho = max(0.0, spearman(comp[E][0], comp[C][0]))
    fvu = comp[E][0].mean() / xtr.var(axis=0).mean()  # unexplained share (the filter: from the reconstruction)
    g = fvu / (fvu + 0.01)
    o["w = rho(E, C): w E + (1 - w) X"] = blend({E: rho, X: 1 - rho})
    o["w = 0.3 rho(E, C): w E + (1 - w) X"] = blend({E: .3 * rho, X: 1 - .3 * rho})
    for label, w in (("rho(E,C) u/(u+0.01)", g * rho), ("min(1, 2 rho u/(u+0.01))", min(1.0, 2 * g * rho)),
                     ("1 if u > 0.05 and rho > 0.2, else 0", 1.0 if fvu > 0.05 and rho > 0.2 else 0.0)):
        o[f"w = {label}: w E + (1 - w) X"] = blend({E: w, X: 1 - w})
        o[f"w = {label}: w E + (1 - w) (C + X) / 2" + (" (new default)" if label.startswith("rho") else "")] = \
            blend({E: w, C: (1 - w) / 2, X: (1 - w) / 2})
    pca = PCA(n_components=0.9, svd_solver="full").fit(xtr)
    o["PCA error (90% variance), for reference"] = ((xte - pca.inverse_transform(pca.transform(xte))) ** 2).mean(axis=1)
    return o


def knn_train(ref, k):
    """Distance from each training row to its k-th nearest other training row."""
    return NearestNeighbors(n_neighbors=k).fit(ref).kneighbors()[0][:, -1]


def knn_test(ref, rows, k):
    return NearestNeighbors(n_neighbors=k).fit(ref).kneighbors(rows)[0][:, -1]


def log_tail(values, share=0.05):
    """How far the top share of log values lies above their median, in interquartile ranges (scale-free)."""
    logs = np.log(np.maximum(values, 1e-12))
    iqr = np.subtract(*np.percentile(logs, [75, 25]))
    top = np.sort(logs)[-max(1, int(round(share * len(logs)))):]
    return max(0.0, (top.mean() - np.median(logs)) / (iqr if iqr > 0 else 1.0))


def spearman(a, b):
    return np.corrcoef(np.argsort(np.argsort(a)), np.argsort(np.argsort(b)))[0, 1]


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
                plan.append((name, label, y, outs, len(attributes) - 1, xtr, xte))
    with open(os.path.join(work, "jobs.tsv"), "w") as f:
        # split by split, so that a run stopped early has every dataset on its first splits
        f.write("\n".join(job for _, job in sorted(jobs, key=lambda j: j[0])) + "\n")
    if not os.environ.get("REPORT_ONLY"):  # REPORT_ONLY=1: tabulate the outputs a stopped run left
        subprocess.run(java + ["FilterJobs", os.path.join(work, "jobs.tsv")], check=True)
    for name, label, y, outs, d, xtr, xte in plan:
        if not all(os.path.exists(o) for o in outs):
            continue
        if PROBE:
            for method, score in probed(outs[0], d, xtr, xte).items():
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
