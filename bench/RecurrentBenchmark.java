import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Autoencoder;
import weka.filters.unsupervised.attribute.RecurrentAutoencoder;

/**
 * Issue 5's benchmark on the shipped weekly CO2 windows (52 weeks, a new window every 4 weeks):
 * <ul>
 * <li>reconstruction MSE (ppm^2) of held-out windows at a code size of 52/4 = 13 for RecurrentAutoencoder,
 * Autoencoder and PCA with 13 components (plus the training mean window as a floor to beat);</li>
 * <li>anomaly detection: ROC AUC of each method's reconstruction error on the held-out windows against copies of them
 * with an injected spike, level shift or flat line;</li>
 * <li>training samples/s and the JVM's peak resident memory.</li>
 * </ul>
 * Preparation, the same for every method: missing weeks are filled by linear interpolation inside the window, each
 * window is centred on its own mean (the level of CO2 rises for 44 years, so later windows would otherwise lie
 * outside the training range), and windows are split by time: the first 70 % train, then a gap of 13 windows so no
 * week is in both, the rest test. Run with bench/run-recurrent.sh [extra RecurrentAutoencoder options].
 */
public class RecurrentBenchmark {

  static final int WINDOW = 52;
  static final int CODE = WINDOW / 4;
  static final int GAP = WINDOW / 4;

  public static void main(String[] args) throws Exception {
    String dir = args.length > 0 ? args[0] : "datasets";
    String[] extra = args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : new String[0];
    double[][] raw = windows(dir + "/co2-windows.arff.gz");
    int trainCount = (int) Math.round(raw.length * 0.7);
    double[][] trainRaw = Arrays.copyOfRange(raw, 0, trainCount);
    double[][] testRaw = Arrays.copyOfRange(raw, trainCount + GAP, raw.length);
    double[][] train = centred(trainRaw);
    double[][] test = centred(testRaw);
    double sigma = sd(train);
    double[][] anomalous = new double[testRaw.length][];
    String[] kinds = {"spike", "level shift", "flat line"};
    Random random = new Random(5);
    for (int i = 0; i < testRaw.length; i++) {
      anomalous[i] = centred(new double[][] {inject(testRaw[i], i % 3, sigma, random)})[0];
    }
    double[][] scored = BenchSupport.concat(test, anomalous);
    boolean[] isAnomaly = new boolean[scored.length];
    Arrays.fill(isAnomaly, test.length, scored.length, true);
    System.err.printf(Locale.ROOT, "%d windows: %d train, %d test (+%d with anomalies), sd of centred values %.2f ppm%n",
      raw.length, train.length, test.length, anomalous.length, sigma);

    // --- Mean window and PCA with 13 components, fitted on the training windows.
    double[] mean = columnMeans(train);
    double meanMse = 0;
    for (double[] row : test) for (int j = 0; j < WINDOW; j++) meanMse += Math.pow(row[j] - mean[j], 2);
    meanMse /= test.length * WINDOW;
    long t0 = System.nanoTime();
    ExactPca pca = new ExactPca(train, CODE);
    double pcaSeconds = (System.nanoTime() - t0) / 1e9;
    double pcaMse = mse(test, pca.reconstruct(test));
    double pcaAuc = auc(rowErrors(scored, pca.reconstruct(scored)), isAnomaly);

    // --- RecurrentAutoencoder: defaults apart from the code size (plus the extra options given).
    String[] rnnOptions = BenchSupport.concat(new String[] {"-code-size", "" + CODE, "-error-attribute", "-output",
      "reconstruction"}, extra);
    Result rnn = run(new RecurrentAutoencoder(), rnnOptions, train, test, scored, isAnomaly);
    // --- Autoencoder (dense): defaults apart from the code size.
    String[] denseOptions = {"-code-size", "" + CODE, "-error-attribute", "-output", "reconstruction"};
    Result dense = run(new Autoencoder(), denseOptions, train, test, scored, isAnomaly);

    System.out.println();
    System.out.println("| measure | RecurrentAutoencoder (" + String.join(" ", rnnOptions) + ") | Autoencoder ("
      + String.join(" ", denseOptions) + ") | PCA, " + CODE + " components | mean training window |");
    System.out.println("| --- | --- | --- | --- | --- |");
    System.out.printf(Locale.ROOT, "| test reconstruction MSE (ppm^2) | %.3f | %.3f | %.3f | %.3f |%n", rnn.mse,
      dense.mse, pcaMse, meanMse);
    System.out.printf(Locale.ROOT, "| anomaly ROC AUC of the reconstruction error (all) | %.3f | %.3f | %.3f | |%n",
      rnn.auc[0], dense.auc[0], pcaAuc);
    for (int k = 0; k < 3; k++) {
      boolean[] mask = kindMask(test.length, k);
      System.out.printf(Locale.ROOT, "| ROC AUC, %s only | %.3f | %.3f | %.3f | |%n", kinds[k],
        auc(select(rnn.errors, mask), select(isAnomaly, mask)), auc(select(dense.errors, mask),
          select(isAnomaly, mask)),
        auc(select(rowErrors(scored, pca.reconstruct(scored)), mask), select(isAnomaly, mask)));
    }
    System.out.printf(Locale.ROOT, "| training | %.1f s, %d epochs, %.0f samples/s | %.1f s, %d epochs, %.0f samples/s"
      + " | %.2f s | |%n", rnn.seconds, rnn.epochs, rnn.samplesPerSecond, dense.seconds, dense.epochs,
      dense.samplesPerSecond, pcaSeconds);
    System.out.printf(Locale.ROOT, "| peak RSS of the whole benchmark JVM | %d MB | | | |%n", BenchSupport.peakRssMb());
    System.out.println(BenchSupport.machine());
  }

  static final class Result {
    double mse;
    double[] auc = new double[1];
    double[] errors;
    double seconds;
    int epochs;
    double samplesPerSecond;
  }

  /** Trains on {@code train}, then filters the clean test windows and the scored set through the same network. */
  static Result run(weka.autoencoder.filter.AutoencoderFilter filter, String[] options, double[][] train,
    double[][] test, double[][] scored, boolean[] isAnomaly) throws Exception {
    filter.setOptions(options.clone());
    Instances trainData = instances(train);
    filter.setInputFormat(trainData);
    long t0 = System.nanoTime();
    Filter.useFilter(trainData, filter);
    Result r = new Result();
    r.seconds = (System.nanoTime() - t0) / 1e9;
    weka.autoencoder.train.TrainingHistory history = filter.getModel().history();
    r.epochs = history.epochsRun();
    r.samplesPerSecond = history.samplesPerSecond();
    Instances rebuilt = Filter.useFilter(instances(test), filter);
    r.mse = mse(test, values(rebuilt, WINDOW));
    Instances out = Filter.useFilter(instances(scored), filter);
    r.errors = new double[scored.length];
    for (int i = 0; i < scored.length; i++) r.errors[i] = out.instance(i).value(out.numAttributes() - 1);
    r.auc[0] = auc(r.errors, isAnomaly);
    return r;
  }

  // ---------------------------------------------------------------- data

  static double[][] windows(String path) throws Exception {
    try (Reader reader = new InputStreamReader(new GZIPInputStream(new FileInputStream(path)), "UTF-8")) {
      Instances data = new Instances(reader);
      double[][] rows = new double[data.numInstances()][WINDOW];
      for (int i = 0; i < rows.length; i++) {
        for (int j = 0; j < WINDOW; j++) rows[i][j] = data.instance(i).value(j + 1); // attribute 0 is the start date
        interpolate(rows[i]);
      }
      return rows;
    }
  }

  /** Fills NaN entries linearly between the nearest observed neighbours (the nearest one at the ends). */
  static void interpolate(double[] row) {
    for (int j = 0; j < row.length; j++) {
      if (!Double.isNaN(row[j])) continue;
      int before = j - 1;
      int after = j + 1;
      while (after < row.length && Double.isNaN(row[after])) after++;
      if (before < 0) row[j] = row[after];
      else if (after >= row.length) row[j] = row[before];
      else row[j] = row[before] + (row[after] - row[before]) * (j - before) / (after - before);
    }
  }

  static double[][] centred(double[][] rows) {
    double[][] out = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      double m = 0;
      for (double v : rows[i]) m += v / rows[i].length;
      out[i] = new double[rows[i].length];
      for (int j = 0; j < rows[i].length; j++) out[i][j] = rows[i][j] - m;
    }
    return out;
  }

  /** A copy of the raw window with one anomaly: 0 spike, 1 level shift, 2 flat line (a stuck sensor). */
  static double[] inject(double[] window, int kind, double sigma, Random random) {
    double[] w = window.clone();
    double sign = random.nextBoolean() ? 1 : -1;
    if (kind == 0) {
      w[4 + random.nextInt(WINDOW - 8)] += sign * 3 * sigma;
    } else if (kind == 1) {
      for (int j = 13 + random.nextInt(27); j < WINDOW; j++) w[j] += sign * 1.5 * sigma;
    } else {
      int from = 4 + random.nextInt(WINDOW - 17);
      for (int j = from + 1; j < from + 13; j++) w[j] = w[from];
    }
    return w;
  }

  static Instances instances(double[][] rows) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    for (int j = 0; j < WINDOW; j++) attributes.add(new Attribute(String.format(Locale.ROOT, "w%02d", j + 1)));
    Instances data = new Instances("co2-centred-windows", attributes, rows.length);
    for (double[] row : rows) data.add(new DenseInstance(1.0, row.clone()));
    return data;
  }

  static double[][] values(Instances data, int columns) {
    double[][] r = new double[data.numInstances()][columns];
    for (int i = 0; i < r.length; i++) for (int j = 0; j < columns; j++) r[i][j] = data.instance(i).value(j);
    return r;
  }

  // ---------------------------------------------------------------- PCA and measures

  static double mse(double[][] a, double[][] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) for (int j = 0; j < a[i].length; j++) s += Math.pow(a[i][j] - b[i][j], 2);
    return s / (a.length * a[0].length);
  }

  static double[] rowErrors(double[][] a, double[][] b) {
    double[] e = new double[a.length];
    for (int i = 0; i < a.length; i++) for (int j = 0; j < a[i].length; j++) e[i] += Math.pow(a[i][j] - b[i][j], 2);
    return e;
  }

  /** ROC AUC: the chance that a random anomaly scores above a random normal window (ties count half). */
  static double auc(double[] scores, boolean[] positive) {
    double wins = 0;
    long pairs = 0;
    for (int i = 0; i < scores.length; i++) {
      if (!positive[i]) continue;
      for (int j = 0; j < scores.length; j++) {
        if (positive[j]) continue;
        wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
        pairs++;
      }
    }
    return wins / pairs;
  }

  /** @return all clean windows plus the anomalous copies of one kind */
  static boolean[] kindMask(int testCount, int kind) {
    boolean[] m = new boolean[2 * testCount];
    for (int i = 0; i < testCount; i++) {
      m[i] = true;
      m[testCount + i] = i % 3 == kind;
    }
    return m;
  }

  static double[] select(double[] a, boolean[] m) {
    return java.util.stream.IntStream.range(0, a.length).filter(i -> m[i]).mapToDouble(i -> a[i]).toArray();
  }

  static boolean[] select(boolean[] a, boolean[] m) {
    boolean[] r = new boolean[a.length];
    int n = 0;
    for (int i = 0; i < a.length; i++) if (m[i]) r[n++] = a[i];
    return Arrays.copyOf(r, n);
  }

  static double[] columnMeans(double[][] x) {
    double[] m = new double[x[0].length];
    for (double[] row : x) for (int j = 0; j < m.length; j++) m[j] += row[j] / x.length;
    return m;
  }

  static double sd(double[][] x) {
    double s = 0;
    long n = 0;
    for (double[] row : x) for (double v : row) { s += v * v; n++; }
    return Math.sqrt(s / n);
  }
}
