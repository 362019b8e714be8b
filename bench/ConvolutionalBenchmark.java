import java.util.Arrays;
import java.util.Locale;

import weka.autoencoder.filter.AutoencoderFilter;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Autoencoder;
import weka.filters.unsupervised.attribute.ConvolutionalAutoencoder;

/**
 * Issue 4's benchmark: test reconstruction MSE per pixel of ConvolutionalAutoencoder, Autoencoder and PCA, all with
 * 30 code units, on the shipped MNIST sample (trained on the 8,000 training digits, measured on the 2,000 test
 * digits), plus training time, samples/s and peak memory. Reconstructions go through the filters' own
 * "-output reconstruction" path, as a user gets them. Run with bench/run-convolutional.sh.
 */
public class ConvolutionalBenchmark {

  private static final int K = 30;

  public static void main(String[] args) throws Exception {
    String dir = args.length > 0 ? args[0] : "datasets";
    String[] extra = args.length > 1 ? Arrays.copyOfRange(args, 1, args.length)
      : new String[] {"-filters", "16,32", "-epochs", "15", "-learning-rate", "0.002"};
    Instances train = BenchSupport.load(dir + "/mnist-train.arff.gz");
    Instances test = BenchSupport.load(dir + "/mnist-test.arff.gz");

    long t0 = System.nanoTime();
    double pcaMse = new ExactPca(BenchSupport.pixels(train), K).mse(BenchSupport.pixels(test));
    double pcaSeconds = (System.nanoTime() - t0) / 1e9;
    System.err.printf(Locale.ROOT, "PCA-%d test MSE %.5f (%.1f s)%n", K, pcaMse, pcaSeconds);

    // -Dbench.code=default leaves the filter's own code size (the defaults as a user gets them); PCA keeps 30.
    String[] convOptions = "default".equals(System.getProperty("bench.code"))
      ? BenchSupport.concat(new String[] {"-output", "reconstruction"}, extra)
      : BenchSupport.concat(new String[] {"-code-size", "" + K, "-output", "reconstruction"}, extra);
    Run conv = run(new ConvolutionalAutoencoder(), convOptions, train, test);
    long convPeakRss = BenchSupport.peakRssMb();
    Run dense = null;
    String[] denseOptions = {"-code-size", "" + K, "-hidden", "512,128", "-output", "reconstruction"};
    if (!"false".equals(System.getProperty("bench.dense"))) {
      dense = run(new Autoencoder(), denseOptions, train, test);
    }

    System.out.println();
    System.out.println("| model (30 code units unless the options say otherwise) | test MSE per pixel | x PCA | training (wall, CPU) | epochs "
      + "| samples/s |");
    System.out.println("| --- | --- | --- | --- | --- | --- |");
    System.out.printf(Locale.ROOT, "| PCA, 30 components | %.5f | 1.00 | %.1f s | | |%n", pcaMse, pcaSeconds);
    if (dense != null) {
      dense.print("Autoencoder " + String.join(" ", denseOptions), pcaMse);
    }
    conv.print("ConvolutionalAutoencoder " + String.join(" ", convOptions), pcaMse);
    System.out.printf(Locale.ROOT, "%npeak RSS of the JVM after PCA + ConvolutionalAutoencoder: %d MB%s%n",
      convPeakRss, dense == null ? ""
        : String.format(Locale.ROOT, "; after the dense run too: %d MB", BenchSupport.peakRssMb()));
    System.out.println(BenchSupport.machine() + ", java " + System.getProperty("java.version"));
  }

  /** One filter trained on the training digits and applied to the test digits. */
  private static final class Run {
    double mse;
    double seconds;
    double cpuSeconds;
    int epochs;
    double samplesPerSecond;

    void print(String name, double pcaMse) {
      System.out.printf(Locale.ROOT, "| %s | %.5f | %.2f | %.1f s (CPU %.1f s) | %d | %.0f |%n", name, mse,
        mse / pcaMse, seconds, cpuSeconds, epochs, samplesPerSecond);
    }
  }

  private static Run run(AutoencoderFilter filter, String[] options, Instances train, Instances test)
    throws Exception {
    filter.setOptions(options.clone());
    filter.setInputFormat(train);
    long t0 = System.nanoTime();
    long cpu0 = BenchSupport.cpuNanos();
    Filter.useFilter(train, filter); // trains on the first batch
    Run run = new Run();
    run.seconds = (System.nanoTime() - t0) / 1e9;
    run.cpuSeconds = (BenchSupport.cpuNanos() - cpu0) / 1e9;
    Instances rebuilt = Filter.useFilter(test, filter);
    int pixels = test.numAttributes() - 1;
    double sum = 0;
    for (int i = 0; i < test.numInstances(); i++) {
      for (int j = 0; j < pixels; j++) {
        sum += Math.pow(rebuilt.instance(i).value(j) - test.instance(i).value(j), 2);
      }
    }
    run.mse = sum / ((double) test.numInstances() * pixels);
    run.epochs = filter.getModel().history().epochsRun();
    run.samplesPerSecond = filter.getModel().history().samplesPerSecond();
    return run;
  }
}
