import java.io.BufferedReader;
import java.io.FileReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Paths;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.filters.Filter;

/**
 * Runs many filter jobs in one JVM for the Python benchmark scripts (bench/outliers.py, bench/imputation.py), so
 * that ND4J starts once: each line of the jobs file is {@code train<TAB>apply<TAB>out.csv<TAB>filter class<TAB>
 * options}; the filter is trained on the first file (class = last attribute) and applied to the second (or to the
 * first again when it is "-"); every output value is written as a number (a label as its index, "?" for missing),
 * one row per line. The CPU seconds of each job go to stderr. A class written {@code trim:<fraction>:<class>} is
 * the two-pass robust variant measured for issue 17: the filter is trained, the training rows with the highest
 * scores (that fraction) are left out, and a second filter trained on the rest filters the second file. A sixth
 * field {@code keep-train} also writes the filtered training rows to {@code out.csv.train} (outliers.py's PROBE
 * derives candidate scores from the training codes and errors).
 */
public final class FilterJobs {

  private FilterJobs() {
  }

  public static void main(String[] args) throws Exception {
    try (BufferedReader jobs = new BufferedReader(new FileReader(args[0]))) {
      String line;
      while ((line = jobs.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (Files.exists(Paths.get(f[2]))) {
          continue;
        }
        long start = BenchSupport.cpuNanos();
        Instances train = BenchSupport.load(f[0]);
        Instances apply = "-".equals(f[1]) ? train : BenchSupport.load(f[1]);
        String type = f[3];
        if (type.startsWith("trim:")) {
          String[] parts = type.split(":", 3);
          train = trimmed(train, Double.parseDouble(parts[1]), parts[2], f[4]);
          type = parts[2];
        }
        Filter filter = (Filter) Class.forName(type).getDeclaredConstructor().newInstance();
        ((weka.core.OptionHandler) filter).setOptions(Utils.splitOptions(f[4]));
        filter.setInputFormat(train);
        Instances trained = Filter.useFilter(train, filter);
        Instances out = apply == train ? trained : Filter.useFilter(apply, filter);
        if (f.length > 5 && "keep-train".equals(f[5])) {
          write(trained, f[2] + ".train");
        }
        write(out, f[2]);
        System.err.printf("job %s: %.1f s CPU%n", f[2], (BenchSupport.cpuNanos() - start) / 1e9);
      }
    }
  }

  /** Writes every value as a number, one row per line, through a temporary file (a finished file is complete). */
  private static void write(Instances out, String path) throws Exception {
    String tmp = path + ".part";
    try (PrintWriter w = new PrintWriter(tmp)) {
      for (Instance row : out) {
        StringBuilder b = new StringBuilder();
        for (int a = 0; a < row.numAttributes(); a++) {
          if (a > 0) {
            b.append(',');
          }
          b.append(row.isMissing(a) ? "?" : Double.toString(row.value(a)));
        }
        w.println(b);
      }
    }
    Files.move(Paths.get(tmp), Paths.get(path));
  }

  /** @return the training rows without the given fraction with the highest score (last output attribute) */
  private static Instances trimmed(Instances train, double fraction, String type, String options) throws Exception {
    Filter first = (Filter) Class.forName(type).getDeclaredConstructor().newInstance();
    ((weka.core.OptionHandler) first).setOptions(Utils.splitOptions(options));
    first.setInputFormat(train);
    Instances scored = Filter.useFilter(train, first);
    double[] scores = new double[scored.numInstances()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = scored.instance(i).value(scored.numAttributes() - 1);
    }
    double[] sorted = scores.clone();
    java.util.Arrays.sort(sorted);
    double cut = sorted[(int) Math.floor((1 - fraction) * (sorted.length - 1))];
    Instances kept = new Instances(train, train.numInstances());
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] <= cut) {
        kept.add(train.instance(i));
      }
    }
    return kept;
  }
}
