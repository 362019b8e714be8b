import java.util.function.Consumer;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * For bench/FusedLstmBenchmark.java and bench/FusedConvBenchmark.java: trains a network on the same minibatches in
 * the same order whatever its engine (a Deeplearning4j network or a SameDiff graph), after one warm-up step, and
 * times it, so that the two engines are compared on equal work.
 */
final class MinibatchTimer {

  private MinibatchTimer() {
  }

  /**
   * @param x the rows (first dimension), each its own target
   * @param fit one optimiser step on a minibatch
   * @return seconds for {@code epochs} passes in minibatches of {@code batch} rows, the warm-up step excluded
   */
  static double seconds(INDArray x, int batch, int epochs, Consumer<DataSet> fit) {
    long rows = x.size(0);
    fit.accept(minibatch(x, 0, Math.min(rows, batch)));
    long start = System.nanoTime();
    for (int e = 0; e < epochs; e++) {
      for (long from = 0; from < rows; from += batch) {
        fit.accept(minibatch(x, from, Math.min(rows, from + batch)));
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static DataSet minibatch(INDArray x, long from, long to) {
    INDArray part = x.get(NDArrayIndex.interval(from, to)).dup();
    return new DataSet(part, part);
  }

  /** @throws IllegalStateException when a network's output is not finite (a broken comparison, not a result) */
  static void checkFinite(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalStateException("non-finite output " + value);
    }
  }
}
