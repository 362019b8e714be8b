#!/usr/bin/env python3
"""Builds the outlier-detection and imputation benchmark datasets in datasets/ from Weka's example ARFF files.

Source: Debian's `weka` package, /usr/share/doc/weka/examples/<name>.arff (the classic UCI sets Weka ships).
Outlier sets: every attribute but the class is kept as it is; the class is replaced by a last attribute
`known_outlier {no,yes}` (not named `outlier`, the filters' flag) that says which rows are in the outlier class:
  * outlier-ionosphere: class b ("bad" radar returns) = yes, 126 of 351 (as ODDS "ionosphere").
  * outlier-pima: Weka's diabetes.arff, tested_positive = yes, 268 of 768 (as ODDS "pima").
  * outlier-glass: class tableware = yes, 9 of 214 (as ODDS "glass").
  * outlier-segment: segment-challenge + segment-test (2310 rows, 19 numeric attributes), class window = yes,
    downsampled to 50 random window rows (not an ODDS set; the usual "downsampled class" construction).
  * outlier-credit: credit-g (13 nominal, 7 numeric attributes), class bad = yes, downsampled to 100 random bad rows
    (not an ODDS set; shows the one-hot coded nominal attributes).
Imputation sets (complete data, class kept as the class and never imputed):
  * impute-cpu: cpu.with.vendor.arff unchanged (nominal vendor + 6 numeric, numeric class).
  * impute-breast-cancer: breast-cancer.arff without the 9 rows that have a missing value (9 nominal attributes).
  (credit-g.arff and diabetes.arff, already in datasets/, are the other two.)

Usage: python3 make_outlier_datasets.py [<weka-examples-dir>]   (deterministic: same input, same bytes)
"""
import csv
import io
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def read_arff(path):
    """@return (relation, [(name, spec)], rows as lists of strings); spec is the attribute's type text."""
    relation, attributes, rows, data = None, [], [], False
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            s = line.strip()
            if not s or s.startswith("%"):
                continue
            low = s.lower()
            if data:
                rows.append([v.strip() for v in next(csv.reader(io.StringIO(s), quotechar="'",
                                                                 skipinitialspace=True))])
            elif low.startswith("@relation"):
                relation = s.split(None, 1)[1]
            elif low.startswith("@attribute"):
                rest = s.split(None, 1)[1]
                if rest[0] in "'\"":
                    end = rest.index(rest[0], 1)
                    name, spec = rest[1:end], rest[end + 1:].strip()
                else:
                    name, spec = rest.split(None, 1)
                attributes.append((name, spec))
            elif low.startswith("@data"):
                data = True
    return relation, attributes, rows


def quote(v):
    return v if v == "?" or all(c.isalnum() or c in "._-" for c in v) else "'" + v.replace("'", "\\'") + "'"


def write_arff(path, relation, attributes, rows, comment):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in comment:
            f.write("% " + line + "\n")
        f.write("@relation " + quote(relation) + "\n\n")
        for name, spec in attributes:
            f.write("@attribute " + quote(name) + " " + spec + "\n")
        f.write("\n@data\n")
        for row in rows:
            f.write(",".join(quote(v) for v in row) + "\n")


def outlier_set(name, sources, examples, outlier_label, keep_outliers=None, seed=17):
    relation, attributes, rows = None, None, []
    for source in sources:
        relation, attributes, part = read_arff(os.path.join(examples, source))
        rows += part
    outliers = [r for r in rows if r[-1] == outlier_label]
    inliers = [r for r in rows if r[-1] != outlier_label]
    if keep_outliers is not None:
        outliers = random.Random(seed).sample(outliers, keep_outliers)
        kept = set(map(id, outliers))
        rows = [r for r in rows if r[-1] != outlier_label or id(r) in kept]
    labelled = [r[:-1] + ["yes" if r[-1] == outlier_label else "no"] for r in rows]
    comment = [f"{name}: Weka's {' + '.join(sources)}, class '{outlier_label}' as the outlier class"
               + (f" (downsampled to {keep_outliers} rows, seed {seed})" if keep_outliers else "") + ",",
               f"{len(outliers)} outliers among {len(labelled)} rows. Made by datasets/make_outlier_datasets.py."]
    write_arff(os.path.join(HERE, name + ".arff"), name, attributes[:-1] + [("known_outlier", "{no,yes}")], labelled,
               comment)
    print(f"{name}: {len(labelled)} rows, {len(outliers)} outliers, {len(attributes) - 1} attributes")


def main():
    examples = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/doc/weka/examples"
    outlier_set("outlier-ionosphere", ["ionosphere.arff"], examples, "b")
    outlier_set("outlier-pima", ["diabetes.arff"], examples, "tested_positive")
    outlier_set("outlier-glass", ["glass.arff"], examples, "tableware")
    outlier_set("outlier-segment", ["segment-challenge.arff", "segment-test.arff"], examples, "window", 50)
    outlier_set("outlier-credit", ["credit-g.arff"], examples, "bad", 100)
    relation, attributes, rows = read_arff(os.path.join(examples, "cpu.with.vendor.arff"))
    write_arff(os.path.join(HERE, "impute-cpu.arff"), "impute-cpu", attributes, rows,
               ["impute-cpu: Weka's cpu.with.vendor.arff (complete), made by datasets/make_outlier_datasets.py."])
    relation, attributes, rows = read_arff(os.path.join(examples, "breast-cancer.arff"))
    complete = [r for r in rows if "?" not in r]
    write_arff(os.path.join(HERE, "impute-breast-cancer.arff"), "impute-breast-cancer", attributes, complete,
               [f"impute-breast-cancer: Weka's breast-cancer.arff without its {len(rows) - len(complete)} rows with "
                "missing values,", "made by datasets/make_outlier_datasets.py."])
    print(f"impute-breast-cancer: {len(complete)} rows")


if __name__ == "__main__":
    main()
