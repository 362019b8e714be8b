import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import weka.autoencoder.model.AutoencoderModel;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.DenoisingAutoencoder;

/**
 * Issue 3's benchmark: denoising the shipped MNIST test sample (2,000 digits) with DenoisingAutoencoder trained on the
 * shipped training sample (8,000 digits), against the noisy input itself and against PCA at the same code size.
 *
 * <p>Two corruptions of the test digits, each with a fixed seed: Gaussian noise of standard deviation 0.5 clipped to
 * [0,1], and masking noise setting 25 % of the pixels to 0. For each, the filter is trained with the matching noise
 * model on the clean training digits (fresh noise every minibatch), then applied to the noisy test digits as a later
 * batch. PSNR = 10 log10(1 / MSE), MSE over all test pixels against the clean digits (pixels in [0,1]). PCA: centred
 * projection onto the top-k eigenvectors of the clean training covariance (what Weka's PrincipalComponents computes)
 * and back to pixel space.
 *
 * <p>Usage (from the repository root, see bench/run-denoising.sh):
 * {@code java -cp <test-classes, classes, jars> DenoisingBenchmark datasets <gaussian|masking|both> [filter options]}
 */
public class DenoisingBenchmark {

  private static final class Scenario {
    final String name;
    final String trainingNoise;

    Scenario(String name, String trainingNoise) {
      this.name = name;
      this.trainingNoise = trainingNoise;
    }

    /** Corrupts the test digits the way the scenario says, on a copy, with a fixed seed. */
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
    String[] extra = args.length > 2 ? Arrays.copyOfRange(args, 2, args.length) : new String[0];
    Instances train = BenchSupport.load(dir + "/mnist-train.arff.gz");
    Instances test = BenchSupport.load(dir + "/mnist-test.arff.gz");

    List<Scenario> scenarios = new ArrayList<>();
    if (!which.equals("masking")) {
      scenarios.add(new Scenario("gaussian", "weka.autoencoder.noise.GaussianNoise -stddev 0.5 -clip"));
    }
    if (!which.equals("gaussian")) {
      scenarios.add(new Scenario("masking", "weka.autoencoder.noise.MaskingNoise -probability 0.25"));
    }

    double[][] clean = BenchSupport.pixels(test);
    ExactPca pca = null;
    List<String> rows = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      Instances noisyTest = scenario.corrupt(test);
      DenoisingAutoencoder filter = new DenoisingAutoencoder();
      String[] options = BenchSupport.concat(new String[] {"-noise", scenario.trainingNoise}, extra);
      filter.setOptions(options);
      filter.setInputFormat(train);
      long t0 = System.nanoTime();
      Filter.useFilter(train, filter); // first batch: trains on the clean training digits with the noise model
      double wallSeconds = (System.nanoTime() - t0) / 1e9;
      Instances denoised = Filter.useFilter(noisyTest, filter); // later batch: the noisy test digits
      AutoencoderModel model = (AutoencoderModel) filter.getModel();
      int k = filter.getCodeSize();
      if (pca == null || pca.k != k) {
        pca = new ExactPca(BenchSupport.pixels(train), k);
      }
      double[][] noisy = BenchSupport.pixels(noisyTest);
      double psnrNoisy = psnr(noisy, clean);
      double psnrPca = psnr(pca.reconstruct(noisy), clean);
      double[][] output = BenchSupport.pixels(denoised);
      double psnrAe = psnr(output, clean);
      double psnrClipped = psnr(clipped(output), clean);
      rows.add(String.format(Locale.ROOT, "| %s | %.2f dB | %.2f dB (k = %d) | **%.2f dB** | %.2f dB | %.1f s (%d epochs, "
        + "weights of epoch %d kept, %.0f samples/s; %.1f s wall incl. filtering the training set) |", scenario.name,
        psnrNoisy, psnrPca, k, psnrAe, psnrClipped, model.history().millis() / 1000.0, model.history().epochsRun(), model.history().keptEpoch(),
        model.history().samplesPerSecond(), wallSeconds));
      System.err.println("filter: " + Utils.toCommandLine(filter));
    }
    System.out.println();
    System.out.println("| test corruption | noisy input | PCA, same code size | DenoisingAutoencoder output | "
      + "(its output clipped to [0,1], not a filter option) | training time |");
    System.out.println("| --- | --- | --- | --- | --- | --- |");
    rows.forEach(System.out::println);
    System.out.println(BenchSupport.machine());
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

  private static double[][] clipped(double[][] x) {
    double[][] r = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      r[i] = new double[x[i].length];
      for (int j = 0; j < x[i].length; j++) r[i][j] = Math.max(0, Math.min(1, x[i][j]));
    }
    return r;
  }
}
