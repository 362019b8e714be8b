package weka.autoencoder.codec;

/**
 * Documents as padded token numbers, ready for the network: {@code ids} and {@code mask} are [documents, 1, steps]
 * in c order (one channel: the token's number), each document followed by {@link Vocabulary#END}; the mask is 1
 * on a document's own steps and 0 on the padding. A missing document is read as an empty one (only the end token)
 * and flagged, so its output can be missing.
 */
public final class TextBatch {

  private final float[] m_ids;
  private final float[] m_mask;
  private final int[] m_lengths;
  private final boolean[] m_missing;
  private final int m_steps;
  private final int m_cut;

  TextBatch(float[] ids, float[] mask, int[] lengths, boolean[] missing, int steps, int cut) {
    m_ids = ids;
    m_mask = mask;
    m_lengths = lengths;
    m_missing = missing;
    m_steps = steps;
    m_cut = cut;
  }

  public float[] ids() {
    return m_ids;
  }

  public float[] mask() {
    return m_mask;
  }

  /** @return each document's number of steps, its end token included */
  public int[] lengths() {
    return m_lengths;
  }

  /** @return true where the document was missing */
  public boolean[] missing() {
    return m_missing;
  }

  public int documents() {
    return m_lengths.length;
  }

  public int steps() {
    return m_steps;
  }

  /** @return the number of documents longer than -max-tokens, which were cut */
  public int cut() {
    return m_cut;
  }

  /** @return the shape of {@link #ids()} and {@link #mask()} */
  public long[] shape() {
    return new long[] {documents(), 1, m_steps};
  }

  /** @return the token number at step t of document i */
  public int id(int i, int t) {
    return (int) m_ids[i * m_steps + t];
  }
}
