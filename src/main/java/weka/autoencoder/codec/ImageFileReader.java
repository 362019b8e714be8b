package weka.autoencoder.codec;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.File;
import java.io.IOException;

import javax.imageio.ImageIO;

import weka.autoencoder.arch.ImageShape;

/**
 * Reads one image file (PNG, JPEG, or whatever else the JDK's ImageIO reads) into pixel values from 0 to 255,
 * scaled to the shape's width and height and converted to grey (1 channel) or RGB (3 channels).
 */
public final class ImageFileReader {

  private final ImageShape m_shape;

  /**
   * @param shape the target geometry; its channels must be 1 (grey) or 3 (RGB)
   * @throws IllegalArgumentException for any other channel count
   */
  public ImageFileReader(ImageShape shape) {
    if (shape.channels() != 1 && shape.channels() != 3) {
      throw new IllegalArgumentException("-channels must be 1 (grey) or 3 (RGB) to read images from files, got "
        + shape.channels() + ".");
    }
    m_shape = shape;
  }

  /**
   * @param file the image file
   * @return width x height x channels values from 0 to 255, in the shape's order
   * @throws IOException with a message naming the file when it is missing or not a readable image
   */
  public double[] read(File file) throws IOException {
    if (!file.isFile()) {
      throw new IOException("Image file " + file.getAbsolutePath() + " does not exist.");
    }
    BufferedImage image;
    try {
      image = ImageIO.read(file);
    } catch (IOException | RuntimeException e) {
      throw new IOException("Image file " + file.getAbsolutePath() + " could not be read (" + e.getMessage()
        + "); PNG and JPEG files are supported.", e);
    }
    if (image == null) {
      throw new IOException("Image file " + file.getAbsolutePath() + " is not in an image format Java can read; "
        + "PNG and JPEG files are supported.");
    }
    return pixels(scaled(withSrgbGrey(image)));
  }

  /**
   * Grey images are stored in a linear grey colour space, which Java brightens when it converts them to RGB; their
   * stored sample values are what the user means, so copy those into an RGB image unchanged.
   */
  private static BufferedImage withSrgbGrey(BufferedImage image) {
    if (image.getColorModel().getColorSpace().getType() != ColorSpace.TYPE_GRAY) {
      return image;
    }
    Raster raster = image.getRaster();
    double max = (1L << image.getColorModel().getComponentSize(0)) - 1;
    BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int v = (int) Math.round(raster.getSample(x, y, 0) * 255 / max);
        rgb.setRGB(x, y, (v << 16) | (v << 8) | v);
      }
    }
    return rgb;
  }

  /** Draws the image onto an RGB canvas of the target size (white behind transparent parts). */
  private BufferedImage scaled(BufferedImage image) {
    int w = m_shape.width();
    int h = m_shape.height();
    BufferedImage canvas = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, w, h);
      if (image.getWidth() == w && image.getHeight() == h) {
        g.drawImage(image, 0, 0, null);
      } else {
        g.drawImage(image.getScaledInstance(w, h, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
      }
    } finally {
      g.dispose();
    }
    return canvas;
  }

  private double[] pixels(BufferedImage image) {
    double[] values = new double[m_shape.size()];
    for (int r = 0; r < m_shape.height(); r++) {
      for (int c = 0; c < m_shape.width(); c++) {
        int rgb = image.getRGB(c, r);
        int red = (rgb >> 16) & 0xff;
        int green = (rgb >> 8) & 0xff;
        int blue = rgb & 0xff;
        if (m_shape.channels() == 1) {
          values[m_shape.position(r, c, 0)] = Math.round(0.299 * red + 0.587 * green + 0.114 * blue);
        } else {
          values[m_shape.position(r, c, 0)] = red;
          values[m_shape.position(r, c, 1)] = green;
          values[m_shape.position(r, c, 2)] = blue;
        }
      }
    }
    return values;
  }
}
