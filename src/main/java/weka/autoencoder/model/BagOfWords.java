package weka.autoencoder.model;

import weka.autoencoder.codec.Vocabulary;

/**
 * Targets of the text network's bag-of-words head: per document, the frequencies of the vocabulary words it holds
 * (the unknown and end tokens and padding left out, since they say nothing about the topic), and a per-document
 * loss weight = the document's weight x its number of counted words x the head's weight. With that weight the
 * head's loss is the cross-entropy summed over the document's words, on the same scale as the per-step loss,
 * which is summed over the tokens.
 */
final class BagOfWords {

  private final float[] m_frequencies;
  private final float[] m_weights;

  private BagOfWords(float[] frequencies, float[] weights) {
    m_frequencies = frequencies;
    m_weights = weights;
  }

  /**
   * @param ids token numbers [documents, 1, steps], c order
   * @param stepWeights the same shape: the document's weight on its own steps, 0 on padding
   * @param documents number of documents
   * @param classes number of token numbers
   * @param steps steps per document
   * @param headWeight weight of the head's loss against the per-step loss
   * @return the frequencies [documents, classes] and the weights [documents, 1] (0 for a document without words)
   */
  static BagOfWords of(float[] ids, float[] stepWeights, int documents, int classes, int steps, double headWeight) {
    float[] frequencies = new float[documents * classes];
    float[] weights = new float[documents];
    for (int i = 0; i < documents; i++) {
      int words = 0;
      double weight = 0;
      for (int t = 0; t < steps; t++) {
        int id = (int) ids[i * steps + t];
        float w = stepWeights[i * steps + t];
        if (w != 0f && id != Vocabulary.UNKNOWN && id != Vocabulary.END) {
          frequencies[i * classes + id]++;
          words++;
          weight += w;
        }
      }
      for (int c = 0; words > 0 && c < classes; c++) {
        frequencies[i * classes + c] /= words;
      }
      weights[i] = (float) (weight * headWeight);
    }
    return new BagOfWords(frequencies, weights);
  }

  /** @return per document, the share of each token number among its counted words (all 0 if it has none) */
  float[] frequencies() {
    return m_frequencies;
  }

  /** @return per document, the loss weight of its bag (0 if it has no counted word) */
  float[] weights() {
    return m_weights;
  }

  /**
   * @param probabilities the head's softmax outputs [documents, classes], c order
   * @param classes number of token numbers
   * @return the weighted cross-entropy summed over the documents
   */
  double loss(float[] probabilities, int classes) {
    double sum = 0;
    for (int i = 0; i < m_weights.length; i++) {
      if (m_weights[i] == 0f) {
        continue;
      }
      double ce = 0;
      for (int c = 0; c < classes; c++) {
        float f = m_frequencies[i * classes + c];
        if (f > 0f) {
          ce -= f * Math.log(Math.max(1e-12, probabilities[i * classes + c]));
        }
      }
      sum += m_weights[i] * ce;
    }
    return sum;
  }
}
