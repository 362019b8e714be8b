"""Turns bench/run-batch-size.sh's output into a Markdown table: per batch size, samples/s, and the validation loss
reached after the same training time (interpolated along each run's epochs; both rounds averaged)."""
import collections
import sys


def main(path):
    curves = collections.defaultdict(lambda: collections.defaultdict(list))  # batch -> epoch -> [(s, loss)]
    results = collections.defaultdict(list)
    for line in open(path):
        parts = line.split()
        if len(parts) > 1 and parts[1] == "EPOCH":
            batch, epoch, seconds, loss = int(parts[2]), int(parts[3]), float(parts[4]), float(parts[5])
            curves[batch][epoch].append((seconds, loss))
        elif len(parts) > 1 and parts[1] == "RESULT":
            fields = dict(p.split("=") for p in parts[2:])
            results[int(fields["batch"])].append(fields)
    budgets = [10, 20, 30]
    print("| batch | samples/s (mean of runs) | s for all epochs | " + " | ".join(
        "validation loss after %d s" % b for b in budgets) + " | validation loss at the last epoch | test MSE |")
    print("| --- " * (5 + len(budgets)) + "|")
    for batch in sorted(curves):
        points = [(sum(s for s, _ in v) / len(v), sum(l for _, l in v) / len(v))
                  for _, v in sorted(curves[batch].items())]
        cells = []
        for budget in budgets:
            cells.append(interpolate(points, budget))
        runs = results[batch]
        sps = sum(float(r["samples_per_s"]) for r in runs) / len(runs)
        seconds = sum(float(r["seconds"]) for r in runs) / len(runs)
        print("| %d | %.0f | %.1f | %s | %.5f | %s |" % (batch, sps, seconds, " | ".join(cells), points[-1][1],
                                                       runs[0]["test_mse"]))


def interpolate(points, t):
    if t < points[0][0]:
        return "(first epoch took %.1f s)" % points[0][0]
    for (s0, l0), (s1, l1) in zip(points, points[1:]):
        if s0 <= t <= s1:
            return "%.5f" % (l0 + (l1 - l0) * (t - s0) / (s1 - s0))
    return "(all epochs done in %.1f s)" % points[-1][0]


if __name__ == "__main__":
    main(sys.argv[1])
