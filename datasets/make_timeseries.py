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
  * sunspots-windows.arff: yearly mean sunspot numbers 1700-2008 (statsmodels/datasets/sunspots, from the
    SIDC / NOAA yearly sunspot numbers, public domain): 286 sliding windows of 24 years, one per year,
    `start` year then y01..y24.
  * elnino-windows.arff: monthly sea surface temperature of the El Nino 1+2 region, 1950-2010 (statsmodels/
    datasets/elnino, from NOAA's Climate Prediction Center, public domain): 709 sliding windows of 24 months, one
    per month, `start` (yyyy-MM) then m01..m24 in degrees C.
  * macro-windows.arff: a multichannel series, US macroeconomic data per quarter 1959Q1-2009Q3
    (statsmodels/datasets/macrodata, from the Federal Reserve Bank of St. Louis FRED database, public domain):
    192 sliding windows of 12 quarters with 6 channels per quarter (growth of real GDP, real consumption and real
    investment in % per quarter = 100 x log-difference, unemployment rate, 3-month treasury bill rate, inflation),
    laid out step by step (q01_gdp, q01_cons, ..., q01_infl, q02_gdp, ...): read it with
    `-sequence-channels 6`. The first quarter has no growth and is left out.
The output is deterministic: the same input gives byte-identical files.
"""
import csv
import gzip
import math
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


SUNSPOT_WINDOW, NINO_WINDOW, MACRO_WINDOW = 24, 24, 12
MACRO_CHANNELS = [("gdp", "realgdp", True), ("cons", "realcons", True), ("inv", "realinv", True),
                  ("unemp", "unemp", False), ("tbill", "tbilrate", False), ("infl", "infl", False)]


def read_csv(datasets_dir, name):
    with open(os.path.join(datasets_dir, name, name + ".csv"), newline="") as f:
        return list(csv.DictReader(f))


def sliding(series, window):
    return [series[s:s + window] for s in range(0, len(series) - window + 1)]


def flat_arff(relation, notes, start_type, names, windows):
    out = ["% " + line for line in notes]
    out += ["% Made by datasets/make_timeseries.py from Debian's python3-statsmodels 0.13.5 datasets.",
            "@relation " + relation, "", "@attribute start " + start_type]
    out += [f"@attribute {n} numeric" for n in names]
    out += ["", "@data"]
    for start, values in windows:
        out.append(start + "," + ",".join(values))
    return "\n".join(out) + "\n"


def sunspots_arff(source):
    years = [(r["YEAR"].split(".")[0], float(r["SUNACTIVITY"])) for r in read_csv(source, "sunspots")]
    assert len(years) == 309, len(years)
    windows = [(w[0][0], [f"{v:.1f}" for _, v in w]) for w in sliding(years, SUNSPOT_WINDOW)]
    return flat_arff("sunspots-windows", [
        "sunspots-windows: sliding 24-year windows of the yearly mean sunspot number 1700-2008, one per year.",
        "Source: statsmodels/datasets/sunspots (SIDC / NOAA yearly sunspot numbers, public domain)."],
        "numeric", [f"y{i + 1:02d}" for i in range(SUNSPOT_WINDOW)], windows)


def elnino_arff(source):
    months = []
    for r in read_csv(source, "elnino"):
        year = r["YEAR"].split(".")[0]
        for m, key in enumerate(["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV",
                                 "DEC"]):
            months.append((f"{year}-{m + 1:02d}", float(r[key])))
    assert len(months) == 732, len(months)
    windows = [(w[0][0], [f"{v:.2f}" for _, v in w]) for w in sliding(months, NINO_WINDOW)]
    return flat_arff("elnino-windows", [
        "elnino-windows: sliding 24-month windows of the monthly sea surface temperature (degrees C) of the",
        "El Nino 1+2 region, 1950-2010, one per month.",
        "Source: statsmodels/datasets/elnino (NOAA Climate Prediction Center, public domain)."],
        "date yyyy-MM", [f"m{i + 1:02d}" for i in range(NINO_WINDOW)], windows)


def macro_arff(source):
    rows = read_csv(source, "macrodata")
    assert len(rows) == 203, len(rows)
    quarters = []
    for prev, cur in zip(rows, rows[1:]):
        values = []
        for _, key, growth in MACRO_CHANNELS:
            v = float(cur[key])
            values.append(100 * math.log(v / float(prev[key])) if growth else v)
        quarter = int(cur["quarter"].split(".")[0])
        quarters.append((f"{cur['year'].split('.')[0]}-{3 * quarter - 2:02d}", values))
    windows = [(w[0][0], [f"{v:.3f}" for _, vs in w for v in vs]) for w in sliding(quarters, MACRO_WINDOW)]
    names = [f"q{i + 1:02d}_{c}" for i in range(MACRO_WINDOW) for c, _, _ in MACRO_CHANNELS]
    return flat_arff("macro-windows", [
        "macro-windows: sliding 12-quarter windows of six US macroeconomic series, 1959Q2-2009Q3, one per quarter;",
        "6 channels per quarter, step by step (read with -sequence-channels 6): growth of real GDP, real personal",
        "consumption and real private investment (% per quarter, 100 x log-difference), unemployment rate (%),",
        "3-month treasury bill rate (%), inflation (% per year). 'start' is the first month of the window's first quarter.",
        "Source: statsmodels/datasets/macrodata (Federal Reserve Bank of St. Louis, FRED; public domain)."],
        "date yyyy-MM", names, windows)


def write_text(name, text):
    with open(os.path.join(HERE, name), "w", encoding="ascii", newline="\n") as f:
        f.write(text)


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
    write_text("sunspots-windows.arff", sunspots_arff(source))
    write_text("elnino-windows.arff", elnino_arff(source))
    write_text("macro-windows.arff", macro_arff(source))


if __name__ == "__main__":
    main()
