package weka.autoencoder;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import weka.autoencoder.arch.ImageShape;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/** Tiny made-up images for tests: a bright square on a dark background, class = which half the square is in. */
public final class ImageTestData {

  private ImageTestData() {
  }

  /**
   * @param n number of images
   * @param shape geometry and pixel order
   * @param maximum brightest value (1 or 255)
   * @param seed random seed
   * @return pixel attributes in the shape's order, then a nominal class (left / right)
   */
  public static Instances squares(int n, ImageShape shape, double maximum, long seed) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    String[] names = new String[shape.size()];
    for (int r = 0; r < shape.height(); r++) {
      for (int c = 0; c < shape.width(); c++) {
        for (int ch = 0; ch < shape.channels(); ch++) {
          names[shape.position(r, c, ch)] = shape.attributeName(r, c, ch);
        }
      }
    }
    for (String name : names) {
      attributes.add(new Attribute(name));
    }
    attributes.add(new Attribute("side", Arrays.asList("left", "right")));
    Instances data = new Instances("squares", attributes, n);
    data.setClassIndex(shape.size());
    Random random = new Random(seed);
    int side = Math.max(2, Math.min(shape.width(), shape.height()) / 2);
    for (int i = 0; i < n; i++) {
      double[] values = new double[shape.size() + 1];
      int top = random.nextInt(shape.height() - side + 1);
      int left = random.nextInt(shape.width() - side + 1);
      for (int ch = 0; ch < shape.channels(); ch++) {
        double level = Math.round(maximum * (0.6 + 0.4 * random.nextDouble()) * 255 / maximum) * maximum / 255;
        for (int r = top; r < top + side; r++) {
          for (int c = left; c < left + side; c++) {
            values[shape.position(r, c, ch)] = level;
          }
        }
      }
      values[shape.size()] = left + side / 2.0 < shape.width() / 2.0 ? 0 : 1;
      data.add(new DenseInstance(1, values));
    }
    return data;
  }

  /**
   * Writes each instance's pixels (0-255, channels last or first as {@code shape} says) as a PNG file: grey for one
   * channel, RGB for three.
   *
   * @return the file names, relative to {@code directory}
   */
  public static List<String> writePngs(Instances pixels, ImageShape shape, File directory) throws IOException {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < pixels.numInstances(); i++) {
      BufferedImage image = new BufferedImage(shape.width(), shape.height(),
        shape.channels() == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
      for (int r = 0; r < shape.height(); r++) {
        for (int c = 0; c < shape.width(); c++) {
          if (shape.channels() == 1) {
            image.getRaster().setSample(c, r, 0, (int) pixels.instance(i).value(shape.position(r, c, 0)));
          } else {
            int red = (int) pixels.instance(i).value(shape.position(r, c, 0));
            int green = (int) pixels.instance(i).value(shape.position(r, c, 1));
            int blue = (int) pixels.instance(i).value(shape.position(r, c, 2));
            image.setRGB(c, r, (red << 16) | (green << 8) | blue);
          }
        }
      }
      String name = "image-" + i + ".png";
      ImageIO.write(image, "png", new File(directory, name));
      names.add(name);
    }
    return names;
  }

  /** @return a header "file name (string), class" with one row per name, class copied from {@code classes} */
  public static Instances fileList(List<String> names, Instances classes) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("file", (List<String>) null));
    attributes.add((Attribute) classes.classAttribute().copy());
    Instances data = new Instances("files", attributes, names.size());
    data.setClassIndex(1);
    for (int i = 0; i < names.size(); i++) {
      double[] values = new double[2];
      values[0] = data.attribute(0).addStringValue(names.get(i));
      values[1] = classes.instance(i).classValue();
      data.add(new DenseInstance(1, values));
    }
    return data;
  }
}
