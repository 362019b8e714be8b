package weka.autoencoder.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * Lays images out in a grid: for reconstructions, each input image with its reconstruction to its right; for
 * generated samples, one image per cell. Pixels are given row-major with channels last, values in [0,1].
 */
public final class ImageGrid {

  private static final int GAP = 2;

  private final int m_width;
  private final int m_height;
  private final int m_channels;
  private final int m_scale;

  /**
   * @param width image width in pixels
   * @param height image height in pixels
   * @param channels 1 (grey) or 3 (RGB)
   * @param scale how many screen pixels per image pixel
   */
  public ImageGrid(int width, int height, int channels, int scale) {
    m_width = width;
    m_height = height;
    m_channels = channels;
    m_scale = scale;
  }

  /**
   * @param images images as [index][pixel values, row-major, channels last], values in [0,1]
   * @param columns images per grid row
   * @return the grid picture, white gaps between images
   */
  public BufferedImage render(double[][] images, int columns) {
    int rows = (images.length + columns - 1) / columns;
    int cellWidth = m_width * m_scale + GAP;
    int cellHeight = m_height * m_scale + GAP;
    BufferedImage grid = new BufferedImage(Math.max(1, columns * cellWidth + GAP),
      Math.max(1, rows * cellHeight + GAP), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = grid.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, grid.getWidth(), grid.getHeight());
    g.dispose();
    for (int i = 0; i < images.length; i++) {
      int left = GAP + (i % columns) * cellWidth;
      int top = GAP + (i / columns) * cellHeight;
      draw(grid, images[i], left, top);
    }
    return grid;
  }

  /**
   * @param inputs original images
   * @param reconstructions their reconstructions, same order
   * @param pairsPerRow input/reconstruction pairs per grid row
   * @return the grid, each input followed by its reconstruction
   */
  public BufferedImage renderPairs(double[][] inputs, double[][] reconstructions, int pairsPerRow) {
    double[][] interleaved = new double[inputs.length * 2][];
    for (int i = 0; i < inputs.length; i++) {
      interleaved[2 * i] = inputs[i];
      interleaved[2 * i + 1] = reconstructions[i];
    }
    return render(interleaved, pairsPerRow * 2);
  }

  private void draw(BufferedImage grid, double[] pixels, int left, int top) {
    for (int y = 0; y < m_height; y++) {
      for (int x = 0; x < m_width; x++) {
        int base = (y * m_width + x) * m_channels;
        int r = level(pixels[base]);
        int gr = m_channels == 3 ? level(pixels[base + 1]) : r;
        int b = m_channels == 3 ? level(pixels[base + 2]) : r;
        int rgb = (r << 16) | (gr << 8) | b;
        for (int dy = 0; dy < m_scale; dy++) {
          for (int dx = 0; dx < m_scale; dx++) {
            grid.setRGB(left + x * m_scale + dx, top + y * m_scale + dy, rgb);
          }
        }
      }
    }
  }

  private static int level(double value) {
    double v = Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
    return (int) Math.round(v * 255);
  }
}
