import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import weka.autoencoder.filter.AutoencoderFilter;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.ConvolutionalAutoencoder;
import weka.filters.unsupervised.attribute.DenoisingAutoencoder;

/**
 * Issues 3 and 15's benchmark: denoising held-out images with DenoisingAutoencoder (dense) and
 * ConvolutionalAutoencoder -noise (convolutional), each trained on clean training images with fresh noise every
 * minibatch, against the noisy input itself and against PCA.
 *
 * <p>Image sets (28x28 grey, pixels in [0,1]): the shipped MNIST sample (8,000 training, 2,000 test digits) and
 * datasets/patches-*.arff.gz (8,000 training patches from eight photographs, 2,000 test patches from two others;
 * made by datasets/MakeImagePatches.java from scikit-image's sample images). Two corruptions of the test images, each
 * with a fixed seed: Gaussian noise of standard deviation 0.5 clipped to [0,1], and masking noise setting 25 % of the
 * pixels to 0. PSNR = 10 log10(1 / MSE), MSE over all test pixels against the clean images. PCA: centred projection
 * onto the top-k eigenvectors of the clean training covariance and back; "PCA, same code size" uses the filter's
 * code size, "best PCA" the k of 8, 16, ..., 256 that does best on these very test images (an oracle choice, in
 * PCA's favour).
 *
 * <p>Usage (from the repository root, see bench/run-denoising.sh):
 * {@code java ... DenoisingBenchmark datasets <gaussian|masking|both> <mnist|patches|both> <dense|conv|both>
 * [ConvolutionalAutoencoder options]}
 */
public class DenoisingBenchmark {

  private static final int[] PCA_SIZES = {8, 16, 32, 64, 128, 256};

  private static final class Scenario {
    final String name;
    final String trainingNoise;

    Scenario(String name, String trainingNoise) {
      this.name = name;
      this.trainingNoise = trainingNoise;
    }

    /** Corrupts the test images the way the scenario says, on a copy, with a fixed seed. */
    Instances corrupt(Instances clean) {
      Instances noisy = new Instances(clean);
      Random random = new Random(20260301L);
      for (Instance instance : noisy) {
        for (int j = 0; j < noisy.numAttributes() - 1; j++) {
          double v = instance.value(j);
          if (name.equals("gaussian")) {
            v = Math.max(0, Math.min(1, v + 0.5 * random.nextGaussian()));
          } else if (random.nextDouble() < 0.25) {
            v = 0;
          }
          instance.setValue(j, v);
        }
      }
      return noisy;
    }
  }

  public static void main(String[] args) throws Exception {
    String dir = args.length > 0 ? args[0] : "datasets";
    String which = args.length > 1 ? args[1] : "both";
    String sets = args.length > 2 ? args[2] : "both";
    String models = args.length > 3 ? args[3] : "both";
    String[] convExtra = args.length > 4 ? Arrays.copyOfRange(args, 4, args.length) : new String[0];

    List<Scenario> scenarios = new ArrayList<>();
    if (!which.equals("masking")) {
      // -Dbench.gaussian="weka.autoencoder.noise.GaussianNoise -stddev 0.5 -no-clip" measures unclipped training noise.
      scenarios.add(new Scenario("gaussian", System.getProperty("bench.gaussian",
        "weka.autoencoder.noise.GaussianNoise -stddev 0.5 -clip")));
    }
    if (!which.equals("gaussian")) {
      scenarios.add(new Scenario("masking", "weka.autoencoder.noise.MaskingNoise -probability 0.25"));
    }
    List<String> rows = new ArrayList<>();
    for (String set : sets.equals("both") ? new String[] {"mnist", "patches"} : new String[] {sets}) {
      Instances train = BenchSupport.load(dir + "/" + set + "-train.arff.gz");
      Instances test = BenchSupport.load(dir + "/" + set + "-test.arff.gz");
      double[][] clean = BenchSupport.pixels(test);
      ExactPca pca = new ExactPca(BenchSupport.pixels(train), PCA_SIZES[PCA_SIZES.length - 1]);
      for (Scenario scenario : scenarios) {
        Instances noisyTest = scenario.corrupt(test);
        double[][] noisy = BenchSupport.pixels(noisyTest);
        double[] pcaPsnr = prefixPsnr(pca, noisy, clean);
        int best = 0;
        for (int i = 1; i < PCA_SIZES.length; i++) {
          best = pcaPsnr[i] > pcaPsnr[best] ? i : best;
        }
        String common = String.format(Locale.ROOT, "| %s | %s | %.2f dB | %.2f dB (k = %d) |", set, scenario.name,
          psnr(noisy, clean), pcaPsnr[best], PCA_SIZES[best]);
        if (!models.equals("conv")) {
          // -Dbench.dense.options="-epochs 30" bounds the dense run's time on a busy machine.
          String[] dense = BenchSupport.concat(new String[] {"-noise", scenario.trainingNoise},
            Utils.splitOptions(System.getProperty("bench.dense.options", "")));
          rows.add(common + run(new DenoisingAutoencoder(), dense, train, noisyTest, clean, pca));
        }
        if (!models.equals("dense")) {
          String[] options = BenchSupport.concat(new String[] {"-noise", scenario.trainingNoise, "-output",
            "reconstruction"}, convExtra);
          rows.add(common + run(new ConvolutionalAutoencoder(), options, train, noisyTest, clean, pca));
        }
      }
    }
    System.out.println();
    System.out.println("| images | test corruption | noisy input | best PCA | filter (options besides defaults) | "
      + "PCA, same code size | filter output | training time |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
    rows.forEach(System.out::println);
    System.out.println(BenchSupport.machine());
  }

  /** Trains {@code filter} on the clean training images, denoises the noisy test images; the table's last cells. */
  private static String run(AutoencoderFilter filter, String[] options, Instances train, Instances noisyTest,
    double[][] clean, ExactPca pca) throws Exception {
    filter.setOptions(options.clone());
    filter.setInputFormat(train);
    long t0 = System.nanoTime();
    long cpu0 = BenchSupport.cpuNanos();
    Filter.useFilter(train, filter); // first batch: trains on the clean training images with the noise model
    double wallSeconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (BenchSupport.cpuNanos() - cpu0) / 1e9;
    Instances denoised = Filter.useFilter(noisyTest, filter); // later batch: the noisy test images
    System.err.println("filter: " + Utils.toCommandLine(filter));
    int k = filter.getCodeSize();
    double[] samePca = prefixPsnr(pca, BenchSupport.pixels(noisyTest), clean, k);
    var history = filter.getModel().history();
    return String.format(Locale.ROOT, " %s %s | %.2f dB (k = %d) | **%.2f dB** | %.1f s (CPU %.1f s; %d epochs, "
      + "weights of epoch %d kept, %.0f samples/s; %.1f s wall incl. filtering the training set) |",
      filter.getClass().getSimpleName(), String.join(" ", options), samePca[0], k,
      psnr(BenchSupport.pixels(denoised), clean), history.millis() / 1000.0, cpuSeconds, history.epochsRun(),
      history.keptEpoch(), history.samplesPerSecond(), wallSeconds);
  }

  /** @return PSNR of the PCA reconstruction of {@code noisy} with the first k components, for each k given */
  private static double[] prefixPsnr(ExactPca pca, double[][] noisy, double[][] clean, int... sizes) {
    int[] ks = sizes.length == 0 ? PCA_SIZES : sizes;
    double[] squared = new double[ks.length];
    int d = pca.mean.length;
    double[] recon = new double[d];
    for (int i = 0; i < noisy.length; i++) {
      System.arraycopy(pca.mean, 0, recon, 0, d);
      int next = 0;
      for (int c = 0; c < pca.k && next < ks.length; c++) {
        double s = 0;
        for (int j = 0; j < d; j++) s += (noisy[i][j] - pca.mean[j]) * pca.components[c][j];
        for (int j = 0; j < d; j++) recon[j] += s * pca.components[c][j];
        while (next < ks.length && ks[next] == c + 1) {
          for (int j = 0; j < d; j++) squared[next] += (recon[j] - clean[i][j]) * (recon[j] - clean[i][j]);
          next++;
        }
      }
    }
    double[] psnr = new double[ks.length];
    for (int i = 0; i < ks.length; i++) {
      psnr[i] = 10 * Math.log10(1.0 / (squared[i] / ((double) noisy.length * d)));
    }
    return psnr;
  }

  /** PSNR for pixels in [0,1]: 10 log10(1 / MSE), MSE over all pixels of all images. */
  private static double psnr(double[][] a, double[][] clean) {
    double sum = 0;
    long n = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[i].length; j++) {
        sum += (a[i][j] - clean[i][j]) * (a[i][j] - clean[i][j]);
        n++;
      }
    }
    return 10 * Math.log10(1.0 / (sum / n));
  }
}
