package weka.autoencoder.generate;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * Writes generated images side by side in one PNG, so a user can look at what the generator produces. Pixels are
 * read from the first width x height x channels values of each row, channel by channel (all of channel 0 row by row,
 * then channel 1, ...: the NCHW order), and mapped from the training range to 0-255.
 */
public final class ImageMontage {

  private static final int GAP = 2;

  private final int m_width;
  private final int m_height;
  private final int m_channels;

  /**
   * @param width image width in pixels
   * @param height image height in pixels
   * @param channels 1 (grey) or 3 (red, green, blue)
   */
  public ImageMontage(int width, int height, int channels) {
    if (width < 1 || height < 1 || (channels != 1 && channels != 3)) {
      throw new IllegalArgumentException("A montage needs -width and -height of at least 1 and -channels 1 (grey) "
        + "or 3 (colour); got " + width + " x " + height + " x " + channels + ".");
    }
    m_width = width;
    m_height = height;
    m_channels = channels;
  }

  /** @return number of values an image occupies */
  public int pixels() {
    return m_width * m_height * m_channels;
  }

  /**
   * @param images one array per image, at least {@link #pixels()} values each
   * @param low value shown black
   * @param high value shown white (full intensity)
   * @param file the PNG to write
   * @throws IOException when the file cannot be written
   */
  public void write(double[][] images, double low, double high, File file) throws IOException {
    int columns = Math.max(1, (int) Math.ceil(Math.sqrt(images.length)));
    int rows = Math.max(1, (images.length + columns - 1) / columns);
    BufferedImage canvas = new BufferedImage(columns * (m_width + GAP) + GAP, rows * (m_height + GAP) + GAP,
      BufferedImage.TYPE_INT_RGB);
    double span = high > low ? high - low : 1;
    for (int i = 0; i < images.length; i++) {
      int left = GAP + (i % columns) * (m_width + GAP);
      int top = GAP + (i / columns) * (m_height + GAP);
      for (int y = 0; y < m_height; y++) {
        for (int x = 0; x < m_width; x++) {
          int rgb = 0;
          for (int c = 0; c < 3; c++) {
            int channel = m_channels == 1 ? 0 : c;
            double v = images[i][channel * m_width * m_height + y * m_width + x];
            int level = Double.isNaN(v) ? 0 : (int) Math.round(255 * Math.max(0, Math.min(1, (v - low) / span)));
            rgb = (rgb << 8) | level;
          }
          canvas.setRGB(left + x, top + y, rgb);
        }
      }
    }
    File parent = file.getAbsoluteFile().getParentFile();
    if (parent != null && !parent.isDirectory()) {
      throw new IOException("Cannot write the montage " + file + ": folder " + parent + " does not exist.");
    }
    if (!ImageIO.write(canvas, "png", file)) {
      throw new IOException("No PNG writer available for " + file);
    }
  }
}
