package weka.autoencoder.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import weka.autoencoder.TestData;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Autoencoder;

class TrainingPlotsTest {

  /** @return number of distinct colours: a blank picture has one, a drawn one many */
  static int colours(BufferedImage image) {
    Set<Integer> seen = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        seen.add(image.getRGB(x, y));
      }
    }
    return seen.size();
  }

  @Test
  void theImageGridPutsEachInputBesideItsReconstruction() {
    double[][] inputs = {{0, 1, 1, 0}, {1, 1, 1, 1}};
    double[][] rebuilt = {{0, 0.5, 0.5, 0}, {0, 0, 0, 0}};
    BufferedImage grid = new ImageGrid(2, 2, 1, 3).renderPairs(inputs, rebuilt, 2);
    // 4 images of 6x6 screen pixels in one row, 2-pixel gaps
    assertEquals(4 * (6 + 2) + 2, grid.getWidth());
    assertEquals(6 + 2 + 2, grid.getHeight());
    assertEquals(0xFFFFFF, grid.getRGB(2 + 3, 2) & 0xFFFFFF, "input 0, pixel (1,0) is 1: white");
    assertEquals(0x808080, grid.getRGB(2 + 8 + 3, 2) & 0xFFFFFF, "its reconstruction 0.5: mid grey");
    assertEquals(0x000000, grid.getRGB(2 + 24, 2) & 0xFFFFFF, "reconstruction 1 is black");
  }

  @Test
  void filterWritesALossCurveAndAReconstructionGridForImages(@TempDir Path dir) throws Exception {
    Instances digits = TestData.mnist(80);
    Autoencoder filter = new Autoencoder();
    filter.setOptions(new String[] {"-code-size", "4", "-hidden", "16", "-epochs", "3", "-threads", "1",
      "-plot-directory", dir.toString()});
    filter.setInputFormat(digits);
    Filter.useFilter(digits, filter);

    BufferedImage loss = ImageIO.read(new File(dir.toFile(), "Autoencoder-" + TrainingPlots.LOSS_FILE));
    assertEquals(LossPlot.WIDTH, loss.getWidth());
    assertEquals(LossPlot.HEIGHT, loss.getHeight());
    assertTrue(colours(loss) > 10, "the loss plot has lines and text");

    BufferedImage grid = ImageIO.read(new File(dir.toFile(), "Autoencoder-" + TrainingPlots.RECONSTRUCTIONS_FILE));
    // 20 pairs, 5 pairs (10 images) per row -> 4 rows; 28 pixels x scale 3 = 84, plus 2-pixel gaps
    assertEquals(10 * 86 + 2, grid.getWidth());
    assertEquals(4 * 86 + 2, grid.getHeight());
    assertTrue(colours(grid) > 20, "digits in grey levels, not a blank picture");
  }

  @Test
  void nonImageDataGetsOnlyTheLossCurve(@TempDir Path dir) throws Exception {
    Instances data = TestData.lowRank(50, 1);
    Autoencoder filter = new Autoencoder();
    filter.setOptions(new String[] {"-code-size", "2", "-hidden", "8", "-epochs", "2", "-threads", "1",
      "-plot-directory", dir.toString()});
    filter.setInputFormat(data);
    Filter.useFilter(data, filter);
    assertTrue(new File(dir.toFile(), "Autoencoder-" + TrainingPlots.LOSS_FILE).isFile());
    assertTrue(!new File(dir.toFile(), "Autoencoder-" + TrainingPlots.RECONSTRUCTIONS_FILE).exists());
  }

  @Test
  void thePlotDirectorySurvivesTheOptionRoundTrip(@TempDir Path dir) throws Exception {
    Autoencoder filter = new Autoencoder();
    filter.setOptions(new String[] {"-plot-directory", dir.toString()});
    Autoencoder copy = new Autoencoder();
    copy.setOptions(filter.getOptions());
    assertEquals(dir.toFile(), copy.getPlotDirectory());
    Autoencoder none = new Autoencoder();
    none.setOptions(new Autoencoder().getOptions());
    assertEquals("", none.getPlotDirectory().getPath());
  }
}
