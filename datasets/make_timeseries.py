#!/usr/bin/env python3
"""Builds the time-series datasets shipped in datasets/ for RecurrentAutoencoder (issue 5).

Source: the weekly Mauna Loa atmospheric CO2 series (March 1958 - December 2001, 2,284 weeks, ppm, public domain;
Scripps Institution of Oceanography via CDIAC) as bundled in Debian's python3-statsmodels package
(statsmodels/datasets/co2/co2.csv; 59 weeks have no value).
Get it with `apt-get download python3-statsmodels && dpkg -x python3-statsmodels_*.deb sm` (or install the
package), then

    python3 datasets/make_timeseries.py sm/usr/lib/python3/dist-packages/statsmodels/datasets

It writes
  * co2-windows.arff.gz: the flat form. Sliding windows of 52 weeks (one year), a new window every 4 weeks:
    `start` (date of the first week), then w01..w52 in ppm; missing weeks stay missing ('?').
  * co2-years.arff: the relational form (multi-instance). One bag per calendar year: rows are the weeks of that
    year in order with channels `co2` (ppm, missing where the series has no value) and `quarter` (nominal); bags
    differ in length (41 weeks in 1958, 52 or 53 later). `year` first, nominal class `decade` last.
The output is deterministic: the same input gives byte-identical files.
"""
import csv
import gzip
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
WINDOW, STRIDE = 52, 4
DEFAULT_SOURCE = "/usr/lib/python3/dist-packages/statsmodels/datasets"


def load_co2(datasets_dir):
    weeks = []
    with open(os.path.join(datasets_dir, "co2", "co2.csv"), newline="") as f:
        for row in csv.DictReader(f):
            d = row["date"]
            value = row["co2"].strip()
            weeks.append((f"{d[:4]}-{d[4:6]}-{d[6:]}", float(value) if value else None))
    return weeks


def fmt(v):
    return "?" if v is None else f"{v:.1f}"


HEADER_NOTE = [
    "% Source: weekly atmospheric CO2 at Mauna Loa Observatory, Hawaii, March 1958 - December 2001 (ppm),",
    "% public domain (Scripps Institution of Oceanography / CDIAC), as bundled in Debian's python3-statsmodels",
    "% 0.13.5 (statsmodels/datasets/co2/co2.csv). Missing weeks are '?'. Made by datasets/make_timeseries.py.",
]


def windows_arff(weeks):
    out = ["% co2-windows: sliding 52-week windows of the weekly Mauna Loa CO2 series, one every 4 weeks;",
           "% 'start' is the first week of the window, w01..w52 the values (flat form for RecurrentAutoencoder)."]
    out += HEADER_NOTE
    out += ["@relation co2-windows", "", "@attribute start date yyyy-MM-dd"]
    out += [f"@attribute w{i + 1:02d} numeric" for i in range(WINDOW)]
    out += ["", "@data"]
    for s in range(0, len(weeks) - WINDOW + 1, STRIDE):
        chunk = weeks[s:s + WINDOW]
        out.append(chunk[0][0] + "," + ",".join(fmt(v) for _, v in chunk))
    return "\n".join(out) + "\n"


def years_arff(weeks):
    years = sorted({d[:4] for d, _ in weeks})
    decades = sorted({y[:3] + "0s" for y in years})
    out = ["% co2-years: one bag per calendar year of the weekly Mauna Loa CO2 series (relational form for",
           "% RecurrentAutoencoder): rows = weeks in order, channels co2 (ppm) and quarter; bags differ in length."]
    out += HEADER_NOTE
    out += ["@relation co2-years", "", "@attribute year numeric", "@attribute weeks relational",
            "  @attribute co2 numeric", "  @attribute quarter {Q1,Q2,Q3,Q4}", "@end weeks",
            "@attribute decade {" + ",".join(decades) + "}", "", "@data"]
    for y in years:
        rows = []
        for d, v in weeks:
            if d[:4] == y:
                rows.append(f"{fmt(v)},Q{(int(d[5:7]) - 1) // 3 + 1}")
        out.append(f"{y},'" + "\\n".join(rows) + f"',{y[:3]}0s")
    return "\n".join(out) + "\n"


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SOURCE
    if not os.path.exists(os.path.join(source, "co2", "co2.csv")):
        sys.exit(__doc__)
    weeks = load_co2(source)
    assert len(weeks) == 2284, len(weeks)
    with gzip.GzipFile(os.path.join(HERE, "co2-windows.arff.gz"), "wb", mtime=0) as gz:
        gz.write(windows_arff(weeks).encode("ascii"))
    with open(os.path.join(HERE, "co2-years.arff"), "w", encoding="ascii", newline="\n") as f:
        f.write(years_arff(weeks))


if __name__ == "__main__":
    main()
