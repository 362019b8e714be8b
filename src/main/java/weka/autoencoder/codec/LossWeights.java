package weka.autoencoder.codec;

import weka.core.Instances;

/**
 * The mask a row's loss is weighted with: 0 for missing entries, otherwise the instance weight, so weighted
 * instances count more in training, as Weka's WeightedInstancesHandler promises.
 */
public final class LossWeights {

  private LossWeights() {
  }

  /** @return row-major rows x columns weights, or null when every entry is observed and every weight is 1 */
  public static float[] of(EncodedBatch batch, Instances data) {
    boolean weighted = false;
    for (int i = 0; i < data.numInstances() && !weighted; i++) {
      weighted = data.instance(i).weight() != 1.0;
    }
    if (!weighted) {
      return batch.hasMissing() ? batch.observed() : null;
    }
    float[] mask = batch.observed().clone();
    for (int r = 0; r < batch.rows(); r++) {
      float w = (float) data.instance(r).weight();
      for (int c = 0; c < batch.columns(); c++) {
        mask[r * batch.columns() + c] *= w;
      }
    }
    return mask;
  }
}
