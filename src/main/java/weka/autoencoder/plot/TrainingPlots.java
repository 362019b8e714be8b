package weka.autoencoder.plot;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import weka.autoencoder.train.TrainingHistory;

/**
 * Writes the pictures a user asks for with {@code -plot-directory}: the loss curve of a training run and, for image
 * data, a grid of inputs beside their reconstructions.
 */
public final class TrainingPlots {

  /** File name of the loss curve. */
  public static final String LOSS_FILE = "loss.png";
  /** File name of the input/reconstruction grid. */
  public static final String RECONSTRUCTIONS_FILE = "reconstructions.png";

  private final File m_directory;
  private final String m_prefix;

  /**
   * @param directory where the files go (created if missing)
   * @param prefix file-name prefix naming the filter, e.g. "Autoencoder-"
   */
  public TrainingPlots(File directory, String prefix) {
    m_directory = directory;
    m_prefix = prefix;
  }

  /** @return the file written for {@code name} */
  public File file(String name) {
    return new File(m_directory, m_prefix + name);
  }

  /**
   * Writes the loss curve.
   *
   * @throws IOException naming the directory when it cannot be written
   */
  public File writeLoss(TrainingHistory history, String title) throws IOException {
    return write(LossPlot.render(history, title), LOSS_FILE);
  }

  /**
   * Writes inputs beside reconstructions, both in their original units; values are mapped to grey levels using the
   * range of the inputs shown.
   */
  public File writeReconstructions(double[][] inputs, double[][] reconstructions, int width, int height,
    int channels) throws IOException {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double[] image : inputs) {
      for (double v : image) {
        if (!Double.isNaN(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    double range = max > min ? max - min : 1;
    int scale = Math.max(1, 84 / Math.max(width, height));
    ImageGrid grid = new ImageGrid(width, height, channels, scale);
    return write(grid.renderPairs(rescale(inputs, min, range), rescale(reconstructions, min, range), 5),
      RECONSTRUCTIONS_FILE);
  }

  private static double[][] rescale(double[][] images, double min, double range) {
    List<double[]> out = new ArrayList<>();
    for (double[] image : images) {
      double[] scaled = new double[image.length];
      for (int i = 0; i < image.length; i++) {
        scaled[i] = (image[i] - min) / range;
      }
      out.add(scaled);
    }
    return out.toArray(new double[0][]);
  }

  private File write(BufferedImage image, String name) throws IOException {
    if (!m_directory.isDirectory() && !m_directory.mkdirs()) {
      throw new IOException("Cannot create the plot directory " + m_directory
        + ": choose a folder you can write to (-plot-directory).");
    }
    File file = file(name);
    if (!ImageIO.write(image, "png", file)) {
      throw new IOException("No PNG writer available to write " + file);
    }
    return file;
  }
}
