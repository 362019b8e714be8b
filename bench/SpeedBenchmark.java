import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

import weka.autoencoder.filter.AutoencoderFilter;
import weka.autoencoder.nd4j.Nd4jBoundary;
import weka.autoencoder.train.TrainingHistory;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Autoencoder;
import weka.filters.unsupervised.attribute.ConvolutionalAutoencoder;
import weka.filters.unsupervised.attribute.DenoisingAutoencoder;
import weka.filters.unsupervised.attribute.PrincipalComponents;
import weka.filters.unsupervised.attribute.RecurrentAutoencoder;
import weka.filters.unsupervised.attribute.VariationalAutoencoder;

/**
 * Issue 8's speed benchmark, one measurement per JVM so that peak RSS belongs to that measurement alone. Run by
 * bench/run-speed.sh, which interleaves these runs with bench/speed_torch.py and writes bench/RESULTS-speed.md.
 * The recurrent mode reuses bench/RecurrentBenchmark.java's data preparation.
 *
 * <p>Modes (each prints one line starting with "RESULT"):
 * <ul>
 * <li>{@code dense <hidden> <epochs> <threads> <ours|nd4j-default>}: Autoencoder -hidden hidden -code-size 30,
 * batch 128, Adam 0.001, ReLU, MSE, no validation split, on the MNIST training sample; then filters the test sample.
 * nd4j-default re-applies ND4J's own thread default (OpenMP and BLAS both one thread per core) after the package's
 * policy (BLAS n, OpenMP 1) was set, to measure that policy.</li>
 * <li>{@code conv <epochs> <threads>}: ConvolutionalAutoencoder defaults, batch 128.</li>
 * <li>{@code vae <epochs> <threads>}: VariationalAutoencoder 784-400-20 (-hidden 400 -code-size 20), ReLU, Bernoulli
 * decoder, no KL warm-up (the settings of bench/VariationalBenchmark.java, whose PyTorch twin is bench/vae_torch.py),
 * batch 128, Adam 0.001, no validation split; filtering writes the posterior means of the test sample.</li>
 * <li>{@code denoising <hidden> <epochs> <threads>}: DenoisingAutoencoder with the net and settings of {@code dense}
 * and the noise of bench/DenoisingBenchmark.java's Gaussian case (GaussianNoise -stddev 0.5 -clip); filtering writes
 * its default output, the reconstruction.</li>
 * <li>{@code recurrent <epochs> <threads>}: RecurrentAutoencoder's default net (LSTM 64, code 10), batch 128, no
 * validation split, on the CO2 windows prepared and split as bench/RecurrentBenchmark.java does (391 training
 * windows of 52 weeks); filtering writes the codes of the 155 test windows.</li>
 * <li>{@code pca}: Weka's PrincipalComponents (-C -M 30) trained on the training sample, then the test sample.</li>
 * <li>{@code mlp <threads>}: Weka's MLPAutoencoder (package multiLayerPerceptrons) with 30 hidden units.</li>
 * <li>{@code startup}: Autoencoder, 1 epoch on 20 rows of 5 attributes: time from JVM start to its first output.</li>
 * <li>{@code scale <rows> <epochs> <threads>}: Autoencoder defaults (batch 128, no validation split) on a generated
 * 50-attribute data set of the given size.</li>
 * </ul>
 */
public class SpeedBenchmark {

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    switch (mode) {
      case "dense":
        dense(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4]);
        break;
      case "conv":
        conv(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        break;
      case "vae":
        vae(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        break;
      case "denoising":
        denoising(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        break;
      case "recurrent":
        recurrent(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        break;
      case "pca":
        pca();
        break;
      case "mlp":
        mlp(Integer.parseInt(args[1]));
        break;
      case "startup":
        startup();
        break;
      case "scale":
        scale(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        break;
      default:
        throw new IllegalArgumentException("unknown mode " + mode);
    }
  }

  private static void dense(String hidden, int epochs, int threads, String policy) throws Exception {
    Instances train = BenchSupport.load("datasets/mnist-train.arff.gz");
    Instances test = BenchSupport.load("datasets/mnist-test.arff.gz");
    if ("nd4j-default".equals(policy)) {
      // The package's policy is applied on the first call; put ND4J's own defaults back over it. Nd4jBoundary only
      // re-applies its policy when the requested thread count changes, so these settings stay for the whole run.
      int cores = Runtime.getRuntime().availableProcessors();
      Nd4jBoundary.call(threads, () -> {
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(cores);
        Nd4j.factory().blas().setMaxThreads(cores);
        return null;
      });
    }
    Autoencoder filter = new Autoencoder();
    filter.setOptions(new String[] {"-hidden", hidden, "-code-size", "30", "-activation", "relu", "-batch-size",
      "128", "-learning-rate", "0.001", "-epochs", "" + epochs, "-validation-fraction", "0", "-patience", "0",
      "-threads", "" + threads});
    measure("dense " + hidden + " " + policy, filter, train, test);
  }

  private static void conv(int epochs, int threads) throws Exception {
    Instances train = BenchSupport.load("datasets/mnist-train.arff.gz");
    Instances test = BenchSupport.load("datasets/mnist-test.arff.gz");
    ConvolutionalAutoencoder filter = new ConvolutionalAutoencoder();
    filter.setOptions(new String[] {"-batch-size", "128", "-epochs", "" + epochs, "-validation-fraction", "0",
      "-patience", "0", "-threads", "" + threads});
    measure("conv", filter, train, test);
  }

  private static void vae(int epochs, int threads) throws Exception {
    Instances train = BenchSupport.load("datasets/mnist-train.arff.gz");
    Instances test = BenchSupport.load("datasets/mnist-test.arff.gz");
    VariationalAutoencoder filter = new VariationalAutoencoder();
    // -kl-warmup 0: the PyTorch twin trains on the full ELBO from the first step.
    filter.setOptions(new String[] {"-hidden", "400", "-code-size", "20", "-activation", "relu", "-distribution",
      "bernoulli", "-kl-warmup", "0", "-batch-size", "128", "-learning-rate", "0.001", "-epochs", "" + epochs,
      "-validation-fraction", "0", "-patience", "0", "-threads", "" + threads});
    measure("vae", filter, train, test);
  }

  private static void denoising(String hidden, int epochs, int threads) throws Exception {
    Instances train = BenchSupport.load("datasets/mnist-train.arff.gz");
    Instances test = BenchSupport.load("datasets/mnist-test.arff.gz");
    DenoisingAutoencoder filter = new DenoisingAutoencoder();
    filter.setOptions(new String[] {"-hidden", hidden, "-code-size", "30", "-activation", "relu", "-batch-size",
      "128", "-learning-rate", "0.001", "-epochs", "" + epochs, "-validation-fraction", "0", "-patience", "0",
      "-noise", "weka.autoencoder.noise.GaussianNoise -stddev 0.5 -clip", "-threads", "" + threads});
    measure("denoising " + hidden, filter, train, test);
  }

  private static void recurrent(int epochs, int threads) throws Exception {
    // Complete (interpolated), self-centred windows split by time, exactly the data of the recurrent benchmark.
    double[][] windows = RecurrentBenchmark.windows("datasets/co2-windows.arff.gz");
    int trainCount = (int) Math.round(windows.length * 0.7);
    Instances train = RecurrentBenchmark.instances(RecurrentBenchmark.centred(
      Arrays.copyOfRange(windows, 0, trainCount)));
    Instances test = RecurrentBenchmark.instances(RecurrentBenchmark.centred(
      Arrays.copyOfRange(windows, trainCount + RecurrentBenchmark.GAP, windows.length)));
    RecurrentAutoencoder filter = new RecurrentAutoencoder();
    filter.setOptions(new String[] {"-batch-size", "128", "-learning-rate", "0.001", "-epochs", "" + epochs,
      "-validation-fraction", "0", "-patience", "0", "-threads", "" + threads});
    // Its model is a SequenceAutoencoderModel, kept apart from getModel(), which stays null.
    measure("recurrent", filter, train, test, f -> ((RecurrentAutoencoder) f).getModel().history());
  }

  private static void measure(String name, Filter filter, Instances train, Instances test) throws Exception {
    measure(name, filter, train, test, f -> ((AutoencoderFilter) f).getModel().history());
  }

  /**
   * Trains through the filter's first batch, then times filtering the test set (best of three).
   *
   * @param historyOf where the trained filter keeps its training history
   */
  private static void measure(String name, Filter filter, Instances train, Instances test,
    Function<Filter, TrainingHistory> historyOf) throws Exception {
    filter.setInputFormat(train);
    long cpu0 = BenchSupport.cpuNanos();
    long t0 = System.nanoTime();
    Filter.useFilter(train, filter);
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (BenchSupport.cpuNanos() - cpu0) / 1e9;
    TrainingHistory history = historyOf.apply(filter);
    double trainRate = history.samplesPerSecond();
    int epochs = history.epochsRun();
    double loopSeconds = history.millis() / 1000.0;
    double best = Double.MAX_VALUE;
    for (int r = 0; r < 3; r++) {
      long f0 = System.nanoTime();
      Filter.useFilter(test, filter);
      best = Math.min(best, (System.nanoTime() - f0) / 1e9);
    }
    System.out.printf(Locale.ROOT,
      "RESULT %s train_sps=%.1f filter_sps=%.1f epochs=%d loop_s=%.2f train_wall_s=%.2f train_cpu_s=%.2f "
        + "rss_mb=%d%n", name.replace(' ', '_'), trainRate, test.numInstances() / best, epochs, loopSeconds, wall, cpu,
      BenchSupport.peakRssMb());
  }

  private static void pca() throws Exception {
    Instances train = BenchSupport.load("datasets/mnist-train.arff.gz");
    Instances test = BenchSupport.load("datasets/mnist-test.arff.gz");
    PrincipalComponents pca = new PrincipalComponents();
    pca.setOptions(new String[] {"-C", "-R", "1.0", "-M", "30"});
    fitAndFilter("pca", pca, train, test);
  }

  private static void mlp(int threads) throws Exception {
    Instances train = BenchSupport.load("datasets/mnist-train.arff.gz");
    Instances test = BenchSupport.load("datasets/mnist-test.arff.gz");
    Filter f = (Filter) Class.forName("weka.filters.unsupervised.attribute.MLPAutoencoder").getDeclaredConstructor()
      .newInstance();
    // 30 hidden units; -P/-E: pool size and threads for its parallel gradient computation.
    ((weka.core.OptionHandler) f).setOptions(new String[] {"-N", "30", "-P", "" + threads, "-E", "" + threads});
    System.err.println("MLPAutoencoder options: " + String.join(" ", ((weka.core.OptionHandler) f).getOptions()));
    fitAndFilter("mlp", f, train, test);
  }

  /** Times Weka's own filters (pca, mlp): training on the first batch, then filtering the test set once. */
  private static void fitAndFilter(String name, Filter filter, Instances train, Instances test) throws Exception {
    filter.setInputFormat(train);
    long t0 = System.nanoTime();
    Filter.useFilter(train, filter);
    double fit = (System.nanoTime() - t0) / 1e9;
    t0 = System.nanoTime();
    Filter.useFilter(test, filter);
    double apply = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "RESULT %s fit_s=%.2f filter_sps=%.1f rss_mb=%d%n", name, fit,
      test.numInstances() / apply, BenchSupport.peakRssMb());
  }

  private static void startup() throws Exception {
    Instances data = generated(20, 5, 1);
    Autoencoder filter = new Autoencoder();
    filter.setOptions(new String[] {"-hidden", "4", "-code-size", "2", "-epochs", "1", "-validation-fraction", "0"});
    filter.setInputFormat(data);
    Instances out = Filter.useFilter(data, filter);
    long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.printf(Locale.ROOT, "RESULT startup first_output_s=%.2f rows=%d rss_mb=%d%n", sinceStart / 1000.0,
      out.numInstances(), BenchSupport.peakRssMb());
  }

  private static void scale(int rows, int epochs, int threads) throws Exception {
    long g0 = System.nanoTime();
    Instances data = generated(rows, 50, 7);
    double gen = (System.nanoTime() - g0) / 1e9;
    Autoencoder filter = new Autoencoder();
    filter.setOptions(new String[] {"-batch-size", "128", "-epochs", "" + epochs, "-validation-fraction", "0",
      "-patience", "0", "-threads", "" + threads});
    filter.setInputFormat(data);
    long t0 = System.nanoTime();
    long cpu0 = BenchSupport.cpuNanos();
    Instances out = Filter.useFilter(data, filter);
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (BenchSupport.cpuNanos() - cpu0) / 1e9;
    TrainingHistory history = filter.getModel().history();
    System.out.printf(Locale.ROOT,
      "RESULT scale_%d rows=%d generate_s=%.1f train_and_filter_wall_s=%.1f cpu_s=%.1f loop_s=%.1f train_sps=%.0f "
        + "out_rows=%d rss_mb=%d max_heap_mb=%d%n", rows, rows, gen, wall, cpu, history.millis() / 1000.0,
      history.samplesPerSecond(), out.numInstances(), BenchSupport.peakRssMb(), Runtime.getRuntime().maxMemory() >> 20);
  }

  /** Rows on a noisy 5-dimensional linear manifold of {@code width} numeric attributes. */
  private static Instances generated(int rows, int width, long seed) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    for (int j = 0; j < width; j++) attributes.add(new Attribute("a" + j));
    Instances data = new Instances("generated", attributes, rows);
    Random random = new Random(seed);
    int k = Math.min(5, width);
    double[][] mix = new double[k][width];
    for (double[] row : mix) for (int j = 0; j < width; j++) row[j] = random.nextGaussian();
    double[] z = new double[k];
    for (int i = 0; i < rows; i++) {
      for (int c = 0; c < k; c++) z[c] = random.nextGaussian();
      double[] values = new double[width];
      for (int j = 0; j < width; j++) {
        double v = 0.1 * random.nextGaussian();
        for (int c = 0; c < k; c++) v += z[c] * mix[c][j];
        values[j] = v;
      }
      data.add(new DenseInstance(1.0, values));
    }
    return data;
  }
}
