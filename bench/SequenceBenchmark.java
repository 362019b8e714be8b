import java.io.FileInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import weka.autoencoder.filter.AutoencoderFilter;
import weka.autoencoder.train.TrainingHistory;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Autoencoder;
import weka.filters.unsupervised.attribute.RecurrentAutoencoder;

/**
 * Issue 16's sequence benchmark: on sliding windows of four real series shipped in datasets/ (weekly CO2, yearly
 * sunspots, monthly El Nino temperatures, six quarterly US macroeconomic series), held-out reconstruction MSE of
 * RecurrentAutoencoder (defaults), PCA at the same code size and the dense Autoencoder (defaults), and the ROC AUC of
 * each method's reconstruction error for test windows against copies with an injected spike, level shift or flat
 * line (bench/RecurrentBenchmark.java's method, per channel).
 *
 * <p>Preparation, the same for every method: missing values interpolated inside the window; CO2 windows centred on
 * their own mean (the level rises by 60 ppm over the years); every channel standardised with the training windows'
 * mean and sd, so MSEs are in training sd^2 and comparable between series. Split by time: the first 70 % of windows
 * train, then a gap of one window length so no time step is in both, the rest test. Code size = values per window / 4.
 *
 * <p>Usage: SequenceBenchmark datasets [series,...|all] [extra RecurrentAutoencoder options...]
 */
public class SequenceBenchmark {

  /** One shipped series: file, steps per window, channels, stride of the windows (in steps), centring. */
  static final class Series {
    final String name;
    final String file;
    final int steps;
    final int channels;
    final int stride;
    final boolean centre;

    Series(String name, String file, int steps, int channels, int stride, boolean centre) {
      this.name = name;
      this.file = file;
      this.steps = steps;
      this.channels = channels;
      this.stride = stride;
      this.centre = centre;
    }

    int width() {
      return steps * channels;
    }
  }

  static final Series[] ALL = {
    new Series("co2", "co2-windows.arff.gz", 52, 1, 4, true),
    new Series("sunspots", "sunspots-windows.arff", 24, 1, 1, false),
    new Series("elnino", "elnino-windows.arff", 24, 1, 1, false),
    new Series("macro", "macro-windows.arff", 12, 6, 1, false),
  };

  static final String[] KINDS = {"spike", "level shift", "flat line"};

  public static void main(String[] args) throws Exception {
    String dir = args.length > 0 ? args[0] : "datasets";
    String which = args.length > 1 ? args[1] : "all";
    String[] extra = args.length > 2 ? Arrays.copyOfRange(args, 2, args.length) : new String[0];
    StringBuilder table = new StringBuilder();
    table.append("| series | windows train/test | code | measure | RecurrentAutoencoder | PCA | Autoencoder |\n");
    table.append("| --- | --- | --- | --- | --- | --- | --- |\n");
    for (Series s : ALL) {
      if (!which.equals("all") && !Arrays.asList(which.split(",")).contains(s.name)) continue;
      table.append(run(dir, s, extra));
      System.out.print(table);
      System.out.flush();
      table.setLength(0);
    }
    System.out.println("RecurrentAutoencoder options: " + String.join(" ", extra) + " (plus -code-size, "
      + "-sequence-channels, -output reconstruction -error-attribute -threads 1); " + BenchSupport.machine()
      + "; peak RSS " + BenchSupport.peakRssMb() + " MB");
  }

  static String run(String dir, Series s, String[] extra) throws Exception {
    double[][] raw = windows(dir + "/" + s.file, s.width());
    if (s.centre) raw = RecurrentBenchmark.centred(raw);
    int gap = (s.steps + s.stride - 1) / s.stride;
    int trainCount = (int) Math.round(raw.length * 0.7);
    double[][] train = Arrays.copyOfRange(raw, 0, trainCount);
    double[][] testRaw = Arrays.copyOfRange(raw, trainCount + gap, raw.length);
    double[][] mean = new double[1][];
    double[][] sd = new double[1][];
    channelStats(train, s.channels, mean, sd);
    train = standardised(train, s.channels, mean[0], sd[0]);
    double[][] test = standardised(testRaw, s.channels, mean[0], sd[0]);
    Random random = new Random(5);
    double[][] anomalous = new double[test.length][];
    for (int i = 0; i < test.length; i++) anomalous[i] = inject(test[i], s, i % 3, random);
    double[][] scored = BenchSupport.concat(test, anomalous);
    boolean[] isAnomaly = new boolean[scored.length];
    Arrays.fill(isAnomaly, test.length, scored.length, true);
    int code = s.width() / 4;

    ExactPca pca = new ExactPca(train, code);
    Result p = new Result();
    p.mse = RecurrentBenchmark.mse(test, pca.reconstruct(test));
    p.errors = RecurrentBenchmark.rowErrors(scored, pca.reconstruct(scored));
    p.training = "";

    String[] common = {"-code-size", "" + code, "-error-attribute", "-output", "reconstruction", "-threads", "1"};
    String[] rnnOptions = BenchSupport.concat(BenchSupport.concat(common, new String[] {"-sequence-channels",
      "" + s.channels}), extra);
    Result rnn = filter(new RecurrentAutoencoder(), rnnOptions, train, test, scored);
    Result dense = filter(new Autoencoder(), common, train, test, scored);

    String head = String.format(Locale.ROOT, "| %s (%d x %d) | %d/%d | %d |", s.name, s.steps, s.channels,
      train.length, test.length, code);
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s test reconstruction MSE (sd^2) | %.4f | %.4f | %.4f |%n", head,
      rnn.mse, p.mse, dense.mse));
    out.append(String.format(Locale.ROOT, "%s anomaly AUC, all | %.3f | %.3f | %.3f |%n", head,
      RecurrentBenchmark.auc(rnn.errors, isAnomaly), RecurrentBenchmark.auc(p.errors, isAnomaly),
      RecurrentBenchmark.auc(dense.errors, isAnomaly)));
    for (int k = 0; k < 3; k++) {
      boolean[] mask = RecurrentBenchmark.kindMask(test.length, k);
      boolean[] labels = RecurrentBenchmark.select(isAnomaly, mask);
      out.append(String.format(Locale.ROOT, "%s AUC, %s | %.3f | %.3f | %.3f |%n", head, KINDS[k],
        RecurrentBenchmark.auc(RecurrentBenchmark.select(rnn.errors, mask), labels),
        RecurrentBenchmark.auc(RecurrentBenchmark.select(p.errors, mask), labels),
        RecurrentBenchmark.auc(RecurrentBenchmark.select(dense.errors, mask), labels)));
    }
    out.append(String.format(Locale.ROOT, "%s training | %s | | %s |%n", head, rnn.training, dense.training));
    return out.toString();
  }

  static final class Result {
    double mse;
    double[] errors;
    String training;
  }

  static Result filter(AutoencoderFilter filter, String[] options, double[][] train, double[][] test,
    double[][] scored) throws Exception {
    filter.setOptions(options.clone());
    Instances trainData = instances(train);
    filter.setInputFormat(trainData);
    long t0 = System.nanoTime();
    long cpu0 = BenchSupport.cpuNanos();
    Filter.useFilter(trainData, filter);
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpu = (BenchSupport.cpuNanos() - cpu0) / 1e9;
    TrainingHistory history = filter.getModel().history();
    Result r = new Result();
    int batch = Math.min(64, history.trainingRows());
    long steps = (long) history.epochsRun() * ((history.trainingRows() + batch - 1) / batch);
    r.training = String.format(Locale.ROOT, "%d epochs, %d steps (epoch %d kept), %.0f s wall / %.0f s CPU",
      history.epochsRun(), steps, history.keptEpoch(), seconds, cpu);
    int width = train[0].length;
    r.mse = RecurrentBenchmark.mse(test, RecurrentBenchmark.values(Filter.useFilter(instances(test), filter),
      width));
    Instances out = Filter.useFilter(instances(scored), filter);
    r.errors = new double[scored.length];
    for (int i = 0; i < scored.length; i++) r.errors[i] = out.instance(i).value(out.numAttributes() - 1);
    return r;
  }

  /** @return the numeric values after the first attribute (the window's start), missing ones interpolated */
  static double[][] windows(String path, int width) throws Exception {
    InputStream in = new FileInputStream(path);
    try (Reader reader = new InputStreamReader(path.endsWith(".gz") ? new GZIPInputStream(in) : in, "UTF-8")) {
      Instances data = new Instances(reader);
      if (data.numAttributes() != width + 1) {
        throw new IllegalStateException(path + " has " + data.numAttributes() + " attributes, expected " + width);
      }
      double[][] rows = new double[data.numInstances()][width];
      for (int i = 0; i < rows.length; i++) {
        for (int j = 0; j < width; j++) rows[i][j] = data.instance(i).value(j + 1);
        RecurrentBenchmark.interpolate(rows[i]);
      }
      return rows;
    }
  }

  static void channelStats(double[][] rows, int channels, double[][] mean, double[][] sd) {
    double[] m = new double[channels];
    double[] v = new double[channels];
    long n = (long) rows.length * (rows[0].length / channels);
    for (double[] row : rows) for (int j = 0; j < row.length; j++) m[j % channels] += row[j] / n;
    for (double[] row : rows) {
      for (int j = 0; j < row.length; j++) v[j % channels] += Math.pow(row[j] - m[j % channels], 2) / n;
    }
    for (int c = 0; c < channels; c++) v[c] = v[c] > 0 ? Math.sqrt(v[c]) : 1;
    mean[0] = m;
    sd[0] = v;
  }

  static double[][] standardised(double[][] rows, int channels, double[] mean, double[] sd) {
    double[][] out = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      out[i] = new double[rows[i].length];
      for (int j = 0; j < rows[i].length; j++) out[i][j] = (rows[i][j] - mean[j % channels]) / sd[j % channels];
    }
    return out;
  }

  /**
   * A copy of a standardised window with one anomaly in one random channel: 0 a spike of 3 sd at one step, 1 a
   * level shift of 1.5 sd from a random step in the second quarter or later to the end, 2 a flat line (a quarter of the
   * window stuck at one value, all channels: a frozen feed).
   */
  static double[] inject(double[] window, Series s, int kind, Random random) {
    double[] w = window.clone();
    int c = s.channels;
    int channel = random.nextInt(c);
    double sign = random.nextBoolean() ? 1 : -1;
    int quarter = Math.max(2, s.steps / 4);
    if (kind == 0) {
      int step = 1 + random.nextInt(s.steps - 2);
      w[step * c + channel] += sign * 3;
    } else if (kind == 1) {
      int from = quarter + random.nextInt(s.steps - 2 * quarter + 1);
      for (int t = from; t < s.steps; t++) w[t * c + channel] += sign * 1.5;
    } else {
      int from = 1 + random.nextInt(s.steps - quarter - 1);
      for (int t = from + 1; t < from + quarter; t++) for (int k = 0; k < c; k++) w[t * c + k] = w[from * c + k];
    }
    return w;
  }

  static Instances instances(double[][] rows) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    for (int j = 0; j < rows[0].length; j++) attributes.add(new Attribute(String.format(Locale.ROOT, "v%03d", j)));
    Instances data = new Instances("windows", attributes, rows.length);
    for (double[] row : rows) data.add(new DenseInstance(1.0, row.clone()));
    return data;
  }
}
