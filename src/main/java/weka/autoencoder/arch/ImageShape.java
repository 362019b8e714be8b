package weka.autoencoder.arch;

import java.io.Serializable;

/**
 * The geometry of an image held as flat pixel values: width, height, channels and the order of the channels.
 *
 * <p>Pixels are row-major (row 0 first, left to right). With channels last (the default) the channels of one pixel
 * are adjacent, e.g. red, green, blue of pixel (0,0), then of pixel (0,1); with channels first the whole first
 * channel comes first, then the second. The network always works channels first (Deeplearning4j's NCHW), so this
 * class also says which flat position feeds which network column.
 */
public final class ImageShape implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Upper bound on width and height: larger images do not fit a CPU autoencoder in Weka's memory. */
  public static final int MAX_SIDE = 4096;

  private final int m_width;
  private final int m_height;
  private final int m_channels;
  private final boolean m_channelsFirst;

  /**
   * @param width pixels per row
   * @param height rows
   * @param channels values per pixel (1 grey, 3 RGB)
   * @param channelsFirst true when all values of one channel come before the next channel
   * @throws IllegalArgumentException naming the option when a size is not positive or absurdly large
   */
  public ImageShape(int width, int height, int channels, boolean channelsFirst) {
    requireInRange("width", width, MAX_SIDE);
    requireInRange("height", height, MAX_SIDE);
    requireInRange("channels", channels, 64);
    m_width = width;
    m_height = height;
    m_channels = channels;
    m_channelsFirst = channelsFirst;
  }

  private static void requireInRange(String option, int value, int max) {
    if (value < 1 || value > max) {
      throw new IllegalArgumentException("-" + option + " must be between 1 and " + max + ", got " + value + ".");
    }
  }

  public int width() {
    return m_width;
  }

  public int height() {
    return m_height;
  }

  public int channels() {
    return m_channels;
  }

  public boolean channelsFirst() {
    return m_channelsFirst;
  }

  /** @return width x height x channels: the number of pixel values of one image */
  public int size() {
    return m_width * m_height * m_channels;
  }

  /** @return the flat position of a value in this shape's order */
  public int position(int row, int column, int channel) {
    return m_channelsFirst ? (channel * m_height + row) * m_width + column
      : (row * m_width + column) * m_channels + channel;
  }

  /**
   * @return for each network column (channels first: channel, row, column) the flat position in this shape's order
   *         that feeds it
   */
  public int[] networkOrder() {
    int[] order = new int[size()];
    int k = 0;
    for (int c = 0; c < m_channels; c++) {
      for (int r = 0; r < m_height; r++) {
        for (int x = 0; x < m_width; x++) {
          order[k++] = position(r, x, c);
        }
      }
    }
    return order;
  }

  /**
   * @return the name of the pixel attribute at a position: {@code pixel_<row>_<col>} for one channel (as in the
   *         shipped MNIST sample), else {@code pixel_<row>_<col>_<channel>}
   */
  public String attributeName(int row, int column, int channel) {
    return m_channels == 1 ? "pixel_" + row + "_" + column : "pixel_" + row + "_" + column + "_" + channel;
  }

  @Override
  public String toString() {
    return m_width + "x" + m_height + "x" + m_channels + (m_channelsFirst ? " (channels first)" : "");
  }
}
