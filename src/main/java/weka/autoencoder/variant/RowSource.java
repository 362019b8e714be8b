package weka.autoencoder.variant;

/**
 * Rows of vectors read a block at a time (a batch's encoded inputs), so that a large batch need not be held as one
 * matrix while its rows are compared with a reference.
 */
interface RowSource {

  /** @return number of rows */
  int size();

  /** @return rows {@code from} (inclusive) to {@code to} (exclusive) */
  float[][] rows(int from, int to);

  /** @return the given rows as a source */
  static RowSource of(float[][] rows) {
    return new RowSource() {
      @Override
      public int size() {
        return rows.length;
      }

      @Override
      public float[][] rows(int from, int to) {
        return java.util.Arrays.copyOfRange(rows, from, to);
      }
    };
  }
}
