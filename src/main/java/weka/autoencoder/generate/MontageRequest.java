package weka.autoencoder.generate;

import java.io.File;

import weka.core.Instances;

/**
 * The PNG montage a user asks for with {@code -montage}, {@code -width}, {@code -height} and {@code -channels}:
 * checked against the header before training (the image size must fit the leading numeric attributes), written
 * from the generated instances afterwards. Pixels are the first non-class attributes, shown in the training range.
 */
public final class MontageRequest {

  /** Images shown at most in a montage. */
  public static final int MAX_IMAGES = 100;

  private final ImageMontage m_montage;
  private final File m_file;
  private final String m_size;

  private MontageRequest(ImageMontage montage, File file, String size) {
    m_montage = montage;
    m_file = file;
    m_size = size;
  }

  /**
   * @param file the PNG to write, or null for no montage
   * @return the request, or null when no montage is asked for
   * @throws IllegalArgumentException when the image size is missing
   */
  public static MontageRequest of(File file, int width, int height, int channels, String who) {
    if (file == null) {
      return null;
    }
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException(who + ": -montage needs the image size: give -width <pixels> -height "
        + "<pixels> (and -channels 3 for colour images).");
    }
    return new MontageRequest(new ImageMontage(width, height, channels), file,
      "-width " + width + " -height " + height + " -channels " + channels);
  }

  /** @throws IllegalArgumentException when the header has fewer leading numeric attributes than an image's values */
  public void checkPixels(Instances header, String who) {
    int numeric = 0;
    for (int a = 0; a < header.numAttributes() && numeric < m_montage.pixels(); a++) {
      if (a == header.classIndex()) {
        continue;
      }
      if (!header.attribute(a).isNumeric()) {
        break;
      }
      numeric++;
    }
    if (numeric < m_montage.pixels()) {
      throw new IllegalArgumentException(who + ": " + m_size + " need " + m_montage.pixels() + " numeric pixel "
        + "attributes at the start of the data, but only " + numeric + " are there: check the image size.");
    }
  }

  /**
   * Writes up to {@link #MAX_IMAGES} of the generated instances as images.
   *
   * @param generated instances of the header checked by {@link #checkPixels}
   * @param statistics the training columns' ranges, which map to black and white
   * @throws Exception when the file cannot be written
   */
  public void write(Instances generated, ColumnStatistics statistics) throws Exception {
    int[] pixelAttributes = new int[m_montage.pixels()];
    for (int a = 0, p = 0; p < pixelAttributes.length; a++) {
      if (a != generated.classIndex()) {
        pixelAttributes[p++] = a;
      }
    }
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (int a : pixelAttributes) {
      low = Math.min(low, statistics.min(a));
      high = Math.max(high, statistics.max(a));
    }
    int count = Math.min(MAX_IMAGES, generated.numInstances());
    double[][] images = new double[count][pixelAttributes.length];
    for (int i = 0; i < count; i++) {
      for (int p = 0; p < pixelAttributes.length; p++) {
        images[i][p] = generated.instance(i).value(pixelAttributes[p]);
      }
    }
    m_montage.write(images, low, high, m_file);
  }
}
