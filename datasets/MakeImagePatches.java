import java.awt.image.BufferedImage;
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import javax.imageio.ImageIO;

/**
 * Builds datasets/patches-train.arff.gz and patches-test.arff.gz: 28x28 grey patches of real photographs in the MNIST
 * sample's format (pixel_r_c in [0,1], row-major), a second, harder image set for the denoising benchmark.
 *
 * <p>Source: the sample images that Debian's package python3-skimage (scikit-image 0.19.3) ships in
 * /usr/lib/python3/dist-packages/skimage/data/, all CC0 or public domain according to scikit-image's
 * skimage/data/_fetchers.py. Training patches come from eight photographs, test patches from two others that
 * training never sees (held out by image, not by position). Each photograph is turned grey (ITU-R 601 weights),
 * shrunk by box averaging to about 160 pixels on its shorter side, and cut into patches at seeded random
 * positions, the same number per photograph. The class attribute names the photograph.
 *
 * <p>Usage (Java 11+, no build needed), from the repository root:
 * <pre>
 * apt-get download python3-skimage && dpkg-deb -x python3-skimage_*.deb /tmp/skimage
 * java datasets/MakeImagePatches.java /tmp/skimage/usr/lib/python3/dist-packages/skimage/data datasets
 * </pre>
 * The output is deterministic: the same inputs give byte-identical files.
 */
public class MakeImagePatches {

  private static final int SIDE = 28;
  private static final String[] TRAIN = {"camera.png", "astronaut.png", "chelsea.png", "coins.png", "moon.png",
    "brick.png", "grass.png", "gravel.png"};
  private static final String[] TEST = {"coffee.png", "rocket.jpg"};
  private static final int TRAIN_ROWS = 8000;
  private static final int TEST_ROWS = 2000;

  public static void main(String[] args) throws Exception {
    File source = new File(args[0]);
    File out = new File(args.length > 1 ? args[1] : "datasets");
    write(new File(out, "patches-train.arff.gz"), "patches-train", source, TRAIN, TRAIN_ROWS, 11L);
    write(new File(out, "patches-test.arff.gz"), "patches-test", source, TEST, TEST_ROWS, 12L);
  }

  /** @return the photograph in grey, [0,1], shrunk by an integer box factor to about 160 pixels' shorter side */
  static double[][] grey(File file) throws Exception {
    BufferedImage image = ImageIO.read(file);
    int factor = Math.max(1, Math.round(Math.min(image.getWidth(), image.getHeight()) / 160f));
    int h = image.getHeight() / factor;
    int w = image.getWidth() / factor;
    double[][] g = new double[h][w];
    for (int y = 0; y < h * factor; y++) {
      for (int x = 0; x < w * factor; x++) {
        int rgb = image.getRGB(x, y);
        double v = 0.299 * ((rgb >> 16) & 255) + 0.587 * ((rgb >> 8) & 255) + 0.114 * (rgb & 255);
        g[y / factor][x / factor] += v / (255.0 * factor * factor);
      }
    }
    return g;
  }

  private static void write(File target, String relation, File source, String[] images, int rows, long seed)
    throws Exception {
    Random random = new Random(seed);
    StringBuilder labels = new StringBuilder();
    for (String name : images) {
      labels.append(labels.length() == 0 ? "" : ",").append(name.substring(0, name.indexOf('.')));
    }
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(new FileOutputStream(target)),
      StandardCharsets.US_ASCII)) {
      w.write("% " + relation + ": 28x28 grey patches of real photographs, pixels scaled to [0,1], row-major\n");
      w.write("% (pixel_r_c = row r, column c); the class names the photograph. Source: the CC0 / public-domain\n");
      w.write("% sample images of scikit-image 0.19.3 (Debian package python3-skimage): " + labels + ".\n");
      w.write("% Made by datasets/MakeImagePatches.java.\n");
      w.write("@relation " + relation + "\n\n");
      for (int r = 0; r < SIDE; r++) {
        for (int c = 0; c < SIDE; c++) {
          w.write("@attribute pixel_" + r + "_" + c + " numeric\n");
        }
      }
      w.write("@attribute image {" + labels + "}\n\n@data\n");
      for (int i = 0; i < images.length; i++) {
        double[][] g = grey(new File(source, images[i]));
        int count = rows / images.length + (i < rows % images.length ? 1 : 0);
        for (int k = 0; k < count; k++) {
          int top = random.nextInt(g.length - SIDE + 1);
          int left = random.nextInt(g[0].length - SIDE + 1);
          StringBuilder line = new StringBuilder();
          for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
              line.append(format(g[top + r][left + c])).append(',');
            }
          }
          w.write(line.append(images[i], 0, images[i].indexOf('.')).append('\n').toString());
        }
      }
    }
  }

  /** Two decimals (the photographs hold 8-bit values; 0.005 is below one grey level of noise that matters here). */
  private static String format(double v) {
    String s = String.format(Locale.ROOT, "%.2f", Math.max(0, Math.min(1, v)));
    return s.equals("0.00") ? "0" : s.equals("1.00") ? "1" : s;
  }
}
