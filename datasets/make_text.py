#!/usr/bin/env python3
"""Builds the text datasets shipped in datasets/ from Weka's own Reuters-21578 example files.

Source: Debian's `weka` package (`apt-get install weka`), /usr/share/doc/weka/examples/ReutersGrain-train.arff and
ReutersGrain-test.arff: Reuters-21578 ModApte news stories (1,554 training and 604 test documents, a string
attribute `Text` and a binary class `class-att`, 1 = the story is about grain: 103 training and 57 test stories).
ReutersCorn-*.arff hold the same stories with the corn label.

Written gzipped (Weka reads .arff.gz), content unchanged; gzip without a timestamp, so the same input gives
byte-identical files.

Usage: python3 make_text.py [<weka-examples-dir>]
"""
import gzip
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"ReutersGrain-train.arff": "reuters-grain-train.arff.gz",
         "ReutersGrain-test.arff": "reuters-grain-test.arff.gz"}


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/doc/weka/examples"
    for name, target in FILES.items():
        path = os.path.join(source, name)
        if not os.path.exists(path) and os.path.exists(path + ".gz"):
            with gzip.open(path + ".gz", "rb") as f:
                data = f.read()
        else:
            with open(path, "rb") as f:
                data = f.read()
        with open(os.path.join(HERE, target), "wb") as out:
            with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0, compresslevel=9) as z:
                z.write(data)
        print("wrote", target, len(data), "bytes before compression")


if __name__ == "__main__":
    main()
