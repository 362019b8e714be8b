import java.util.Arrays;
import java.util.Locale;

import org.nd4j.linalg.factory.Nd4j;

import weka.autoencoder.codec.EncodedBatch;
import weka.autoencoder.model.TrainedAutoencoder;
import weka.autoencoder.nd4j.Nd4jBoundary;
import weka.classifiers.Classifier;
import weka.classifiers.Evaluation;
import weka.classifiers.functions.Logistic;
import weka.classifiers.lazy.IBk;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Autoencoder;
import weka.filters.unsupervised.attribute.PrincipalComponents;

/**
 * Issue 2's benchmark: Autoencoder (default settings, 30 code units) against PCA with 30 components on the shipped
 * MNIST sample: test reconstruction MSE per pixel, training samples/s, peak memory, and the accuracy of Logistic and
 * 1-NN trained on either 30-dimensional representation. Run with bench/run-dense.sh.
 */
public class DenseBenchmark {

  public static void main(String[] args) throws Exception {
    String dir = args.length > 0 ? args[0] : "datasets";
    String[] extra = args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : new String[0];
    Instances train = BenchSupport.load(dir + "/mnist-train.arff.gz");
    Instances test = BenchSupport.load(dir + "/mnist-test.arff.gz");
    int k = 30;

    // --- PCA: exact centred projection onto the top-30 eigenvectors of the training covariance, and back.
    long t0 = System.nanoTime();
    double[][] x = BenchSupport.pixels(train);
    double[][] xt = BenchSupport.pixels(test);
    int d = x[0].length;
    double pcaMse = new ExactPca(x, k).mse(xt);
    double pcaSeconds = (System.nanoTime() - t0) / 1e9;

    // --- Autoencoder with default settings apart from the code size (plus any extra options given).
    String[] options = BenchSupport.concat(new String[] {"-code-size", "" + k}, extra);
    Autoencoder autoencoder = new Autoencoder();
    autoencoder.setOptions(options.clone());
    autoencoder.setInputFormat(train);
    t0 = System.nanoTime();
    Instances codeTrain = Filter.useFilter(train, autoencoder); // trains on the first batch
    double trainSeconds = (System.nanoTime() - t0) / 1e9;
    Instances codeTest = Filter.useFilter(test, autoencoder);
    TrainedAutoencoder model = (TrainedAutoencoder) autoencoder.getModel();
    int epochsRun = model.history().epochsRun();
    double samplesPerSecond = model.history().samplesPerSecond();
    // Reconstruction of the test set through the same trained network, back in original units.
    double[][] rt = Nd4jBoundary.call(0, () -> {
      EncodedBatch batch = model.codec().encode(test);
      float[][] out = model.reconstruct(Nd4j.create(batch.values(), new long[] {batch.rows(), batch.columns()}, 'c'))
        .toFloatMatrix();
      double[][] r = new double[out.length][];
      for (int i = 0; i < out.length; i++) r[i] = model.codec().decode(out[i], test.instance(i));
      return r;
    });
    double aeMse = 0;
    for (int i = 0; i < xt.length; i++) for (int j = 0; j < d; j++) aeMse += Math.pow(rt[i][j] - xt[i][j], 2);
    aeMse /= (double) xt.length * d;

    Runtime rt0 = Runtime.getRuntime();
    long heapUsed = (rt0.totalMemory() - rt0.freeMemory()) / (1 << 20);
    long peakRss = BenchSupport.peakRssMb();

    System.out.println();
    System.out.println("| measure | Autoencoder (" + String.join(" ", options) + ") | PCA, 30 components |");
    System.out.println("| --- | --- | --- |");
    System.out.printf(Locale.ROOT, "| test reconstruction MSE per pixel | %.5f (%.2f x PCA) | %.5f |%n", aeMse,
      aeMse / pcaMse, pcaMse);
    System.out.printf(Locale.ROOT, "| training time | %.1f s, %d epochs, %.0f samples/s | %.1f s |%n", trainSeconds,
      epochsRun, samplesPerSecond, pcaSeconds);
    boolean features = !"false".equals(System.getProperty("bench.features"));
    Instances pcaTrain = null;
    Instances pcaTest = null;
    if (features) {
      // --- Features: 30 codes vs Weka's PrincipalComponents (centred, 30 components).
      PrincipalComponents pca = new PrincipalComponents();
      pca.setOptions(new String[] {"-C", "-R", "1.0", "-M", "" + k});
      pca.setInputFormat(train);
      t0 = System.nanoTime();
      pcaTrain = Filter.useFilter(train, pca);
      pcaTest = Filter.useFilter(test, pca);
      System.err.printf(Locale.ROOT, "Weka PrincipalComponents filter: %.1f s%n", (System.nanoTime() - t0) / 1e9);

    }
    for (Classifier c : features ? new Classifier[] {new Logistic(), new IBk()} : new Classifier[0]) {
      double ae = accuracy(c, codeTrain, codeTest);
      double pc = accuracy(c, pcaTrain, pcaTest);
      System.out.printf(Locale.ROOT, "| %s accuracy on the 30 features | %.2f %% | %.2f %% |%n",
        c.getClass().getSimpleName(), ae, pc);
    }
    System.out.printf(Locale.ROOT, "| peak RSS of the whole benchmark JVM | %d MB (heap in use after training %d MB) | |%n",
      peakRss, heapUsed);
    System.out.println(BenchSupport.machine());
  }

  private static double accuracy(Classifier c, Instances train, Instances test) throws Exception {
    Classifier copy = weka.classifiers.AbstractClassifier.makeCopy(c);
    long t0 = System.nanoTime();
    copy.buildClassifier(train);
    System.err.printf(Locale.ROOT, "%s trained in %.1f s%n", c.getClass().getSimpleName(),
      (System.nanoTime() - t0) / 1e9);
    Evaluation e = new Evaluation(train);
    e.evaluateModel(copy, test);
    return e.pctCorrect();
  }
}
