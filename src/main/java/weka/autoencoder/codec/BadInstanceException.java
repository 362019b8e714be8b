package weka.autoencoder.codec;

/**
 * A problem with one instance, numbered so the user can find it: "Instance 17 has ...". The number is kept apart from
 * the text so that a filter, which sees later instances one at a time, can count them across calls and name the
 * instance by its place in the data being filtered rather than as "Instance 1" every time.
 */
public final class BadInstanceException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int m_row;
  private final String m_detail;

  /**
   * @param row the instance's index in the batch, counting from 0
   * @param detail what is wrong, continuing the sentence "Instance 17", e.g. " has an infinite value in 'x'..."
   */
  public BadInstanceException(int row, String detail) {
    this(row, "", detail);
  }

  private BadInstanceException(int row, String where, String detail) {
    super("Instance " + (row + 1) + where + detail);
    m_row = row;
    m_detail = detail;
  }

  /** @return the instance's index in its batch, counting from 0 */
  public int row() {
    return m_row;
  }

  /** @return the message without "Instance N" */
  public String detail() {
    return m_detail;
  }

  /**
   * @param offset instances that came before this batch
   * @param where what the count refers to, e.g. " of the data filtered after training"
   * @return the same problem numbered from the start of that data
   */
  public BadInstanceException counted(int offset, String where) {
    BadInstanceException moved = new BadInstanceException(m_row + offset, where, m_detail);
    moved.initCause(this);
    return moved;
  }
}
