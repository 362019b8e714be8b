import java.util.Arrays;
import java.util.Locale;

import weka.core.Instances;
import weka.core.Utils;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Autoencoder;

/**
 * What the crash-safe deallocation (weka.autoencoder.nd4j.SafeDeallocation) costs in filtering, the path that frees
 * the most arrays per second: the 784-256-64-30 Autoencoder trained for one epoch on the MNIST training sample,
 * then PASSES filtering passes over the 2,000 test digits; prints the median and best pass. Run by
 * bench/run-native-crash.sh (mode filtering) with the deallocation off and on, alternating.
 * Usage: {@code DeallocationCostBenchmark <passes> <threads>}.
 */
public final class DeallocationCostBenchmark {

  private DeallocationCostBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int passes = Integer.parseInt(args[0]);
    Instances train = BenchSupport.load("datasets/mnist-train.arff.gz");
    Instances test = BenchSupport.load("datasets/mnist-test.arff.gz");
    Autoencoder filter = new Autoencoder();
    filter.setOptions(Utils.splitOptions("-hidden 256,64 -code-size 30 -epochs 1 -batch-size 128 "
      + "-validation-fraction 0 -threads " + args[1]));
    filter.setInputFormat(train);
    Filter.useFilter(train, filter);
    double[] seconds = new double[passes];
    for (int p = 0; p < passes; p++) {
      long t0 = System.nanoTime();
      Filter.useFilter(test, filter);
      seconds[p] = (System.nanoTime() - t0) / 1e9;
    }
    Arrays.sort(seconds);
    System.out.printf(Locale.ROOT, "RESULT filtering median_sps=%.0f best_sps=%.0f passes=%d%n",
      test.numInstances() / seconds[passes / 2], test.numInstances() / seconds[0], passes);
  }
}
