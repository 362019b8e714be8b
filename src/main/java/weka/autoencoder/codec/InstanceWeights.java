package weka.autoencoder.codec;

import weka.core.Instances;

/**
 * The instance weights a loss is weighted with, checked and scaled to a mean of 1.
 *
 * <p>Only the ratios between weights matter to what the network learns, so they are divided by their mean: a weight
 * of 1e30 then makes its row count as much as all others together, not a loss of 1e30 that overflows float32 and
 * diverges. Weights that leave nothing to learn from (all 0, or fewer than two rows with a positive weight) and
 * weights that are negative or infinite are refused here, once for every variant.
 */
public final class InstanceWeights {

  private InstanceWeights() {
  }

  /**
   * @param data the training instances
   * @return one weight per instance with mean 1, or null when every weight is 1
   * @throws IllegalArgumentException naming the instance or what to change when the weights leave nothing to learn
   */
  public static double[] relative(Instances data) {
    double sum = 0;
    int positive = 0;
    boolean uniform = true;
    for (int i = 0; i < data.numInstances(); i++) {
      double w = data.instance(i).weight();
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("Instance " + (i + 1) + " has weight " + w + ": instance weights must "
          + "be finite and not negative.");
      }
      uniform &= w == 1.0;
      sum += w / data.numInstances();
      positive += w > 0 ? 1 : 0;
    }
    if (positive == 0) {
      throw new IllegalArgumentException("Every training instance has weight 0, so there is nothing to learn from: "
        + "give the instances positive weights.");
    }
    if (positive < 2) {
      throw new IllegalArgumentException("Only 1 training instance has a positive weight: an autoencoder needs at "
        + "least 2 rows to learn from (and hundreds to learn well); train on more data.");
    }
    if (uniform) {
      return null;
    }
    double[] relative = new double[data.numInstances()];
    for (int i = 0; i < relative.length; i++) {
      relative[i] = data.instance(i).weight() / sum;
    }
    return relative;
  }
}
