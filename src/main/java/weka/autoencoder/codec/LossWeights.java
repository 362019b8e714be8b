package weka.autoencoder.codec;

import weka.core.Instances;

/**
 * The mask a row's loss is weighted with: 0 for missing entries, otherwise the instance's relative weight, so
 * weighted instances count more in training, as Weka's WeightedInstancesHandler promises.
 */
public final class LossWeights {

  private LossWeights() {
  }

  /**
   * @return row-major rows x columns weights (instance weights scaled to mean 1, see {@link InstanceWeights}), or
   *         null when every entry is observed and every weight is 1
   * @throws IllegalArgumentException when the weights leave nothing to learn from
   */
  public static float[] of(EncodedBatch batch, Instances data) {
    double[] weights = InstanceWeights.relative(data);
    if (weights == null) {
      return batch.hasMissing() ? batch.observed() : null;
    }
    float[] mask = batch.observed().clone();
    for (int r = 0; r < batch.rows(); r++) {
      float w = (float) weights[r];
      for (int c = 0; c < batch.columns(); c++) {
        mask[r * batch.columns() + c] *= w;
      }
    }
    return mask;
  }
}
