package weka.autoencoder.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Cross-entropy of the text network's predictions against the tokens it should rebuild, and the tokens it would
 * write. Probabilities are [documents, classes, steps]; token numbers and weights are [documents, 1, steps] in c
 * order, with weight 0 on padding.
 */
public final class TokenLoss {

  /** Smallest probability taken into a logarithm, so a confident miss costs a large but finite amount. */
  private static final double FLOOR = 1e-12;

  private TokenLoss() {
  }

  /**
   * @param probabilities the softmax outputs
   * @param ids the tokens to rebuild
   * @param weights 1 (or an instance weight) on each document's own steps, 0 on padding
   * @return per document, the weighted mean of -ln p(token) over its steps (0 for a document with no weight)
   */
  public static double[] perDocument(INDArray probabilities, float[] ids, float[] weights) {
    int n = (int) probabilities.size(0);
    int classes = (int) probabilities.size(1);
    int steps = (int) probabilities.size(2);
    float[] p = probabilities.dup('c').data().asFloat();
    double[] loss = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      double weight = 0;
      for (int t = 0; t < steps; t++) {
        float w = weights[i * steps + t];
        if (w != 0f) {
          int id = (int) ids[i * steps + t];
          sum -= w * Math.log(Math.max(FLOOR, p[(i * classes + id) * steps + t]));
          weight += w;
        }
      }
      loss[i] = weight > 0 ? sum / weight : 0;
    }
    return loss;
  }

  /** @return per document and step, the most probable token number */
  public static int[][] predicted(INDArray probabilities) {
    int n = (int) probabilities.size(0);
    int steps = (int) probabilities.size(2);
    int[] best = Nd4j.argMax(probabilities, 1).dup('c').data().asInt();
    int[][] result = new int[n][steps];
    for (int i = 0; i < n; i++) {
      System.arraycopy(best, i * steps, result[i], 0, steps);
    }
    return result;
  }

  /**
   * @param ids token numbers [documents, 1, steps], c order
   * @param documents number of documents
   * @param classes number of token numbers
   * @param steps steps per document
   * @return the one-hot labels [documents, classes, steps] the output layer is trained on
   */
  public static float[] oneHot(float[] ids, int documents, int classes, int steps) {
    float[] labels = new float[documents * classes * steps];
    for (int i = 0; i < documents; i++) {
      for (int t = 0; t < steps; t++) {
        labels[(i * classes + (int) ids[i * steps + t]) * steps + t] = 1f;
      }
    }
    return labels;
  }
}
