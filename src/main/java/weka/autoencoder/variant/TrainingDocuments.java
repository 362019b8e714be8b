package weka.autoencoder.variant;

import weka.autoencoder.codec.TextBatch;
import weka.core.Instances;

/**
 * The documents a text network trains on: those with a value and a positive instance weight, as token numbers and
 * loss weights [documents, 1, steps] (the weight on each of the document's own steps, 0 on padding).
 */
final class TrainingDocuments {

  private final float[] m_ids;
  private final float[] m_weights;
  private final int m_count;
  private final int m_steps;

  TrainingDocuments(TextBatch batch, Instances data) {
    int steps = batch.steps();
    int count = 0;
    for (int i = 0; i < batch.documents(); i++) {
      count += keep(batch, data, i) ? 1 : 0;
    }
    m_ids = new float[count * steps];
    m_weights = new float[count * steps];
    int row = 0;
    for (int i = 0; i < batch.documents(); i++) {
      if (keep(batch, data, i)) {
        System.arraycopy(batch.ids(), i * steps, m_ids, row * steps, steps);
        float weight = (float) data.instance(i).weight();
        for (int t = 0; t < batch.lengths()[i]; t++) {
          m_weights[row * steps + t] = weight;
        }
        row++;
      }
    }
    m_count = count;
    m_steps = steps;
  }

  private static boolean keep(TextBatch batch, Instances data, int i) {
    return !batch.missing()[i] && data.instance(i).weight() > 0;
  }

  int count() {
    return m_count;
  }

  float[] ids() {
    return m_ids;
  }

  float[] weights() {
    return m_weights;
  }

  long[] shape() {
    return new long[] {m_count, 1, m_steps};
  }
}
