package weka.autoencoder.variant;

import weka.autoencoder.arch.ImageShape;
import weka.autoencoder.codec.PixelRange;
import weka.autoencoder.codec.TabularCodec;
import weka.core.Attribute;
import weka.core.Instances;

/**
 * Every attribute but the class is one pixel value of an image of a known shape. All pixels are divided by one
 * factor (1 or 255) and fed to the network channels first.
 */
public final class PixelInput implements TabularInput {

  private static final long serialVersionUID = 1L;

  private final ImageShape m_shape;
  private final PixelRange m_range;

  public PixelInput(ImageShape shape, PixelRange range) {
    m_shape = shape;
    m_range = range;
  }

  @Override
  public void check(Instances header) {
    int pixels = 0;
    for (int a = 0; a < header.numAttributes(); a++) {
      if (a == header.classIndex()) {
        continue;
      }
      Attribute attribute = header.attribute(a);
      if (attribute.isString()) {
        throw new IllegalArgumentException("Attribute '" + attribute.name() + "' (attribute " + (a + 1) + ") is a "
          + "string attribute. To read images from the files it names, set -image-directory to the folder that "
          + "holds them; otherwise remove it: every attribute but the class must be a numeric pixel value.");
      }
      if (attribute.type() != Attribute.NUMERIC) {
        throw new IllegalArgumentException("Attribute '" + attribute.name() + "' (attribute " + (a + 1) + ") is "
          + Attribute.typeToString(attribute) + ": every attribute but the class must be a numeric pixel value. "
          + "Remove it (Remove) or make it the class.");
      }
      pixels++;
    }
    if (pixels != m_shape.size()) {
      throw new IllegalArgumentException("-width " + m_shape.width() + " x -height " + m_shape.height()
        + " x -channels " + m_shape.channels() + " = " + m_shape.size() + " pixel values per image, but the data "
        + "has " + pixels + " numeric attributes besides the class. Set width, height and channels to the image "
        + "size, or remove the attributes that are not pixels.");
    }
  }

  @Override
  public TabularCodec fit(Instances data) {
    int[] pixelAttributes = new int[data.numAttributes() - (data.classIndex() >= 0 ? 1 : 0)];
    for (int a = 0, k = 0; a < data.numAttributes(); a++) {
      if (a != data.classIndex()) {
        pixelAttributes[k++] = a;
      }
    }
    int[] order = m_shape.networkOrder();
    int[] columns = new int[order.length];
    for (int k = 0; k < order.length; k++) {
      columns[k] = pixelAttributes[order[k]];
    }
    return TabularCodec.forPixels(data, columns, m_range.scale(data, pixelAttributes));
  }

  public ImageShape shape() {
    return m_shape;
  }
}
