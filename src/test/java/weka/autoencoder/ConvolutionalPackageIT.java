package weka.autoencoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import weka.autoencoder.arch.ImageShape;
import weka.core.Instances;

/**
 * ConvolutionalAutoencoder end to end through an installed package: the convolutional network's configuration
 * (input preprocessors, convolution layers) is rebuilt by Deeplearning4j's JSON reader when a saved model loads,
 * and that has to work inside Weka's package class loader too.
 */
class ConvolutionalPackageIT {

  /** Deleted when the tests pass, kept for a look when one fails: it holds an installed package (about 350 MB). */
  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  static Path s_work;
  private static WekaProcess s_weka;

  @BeforeAll
  static void install() throws Exception {
    s_weka = WekaProcess.withPackageInstalled(s_work);
  }

  @Test
  void aFilteredClassifierOnImageFilesIsSavedInOneJvmAndPredictsInAnother() throws Exception {
    ImageShape shape = new ImageShape(12, 12, 1, false);
    Path images = Files.createDirectories(s_work.resolve("images"));
    Instances pixels = ImageTestData.squares(120, shape, 255, 1);
    List<String> names = ImageTestData.writePngs(pixels, shape, images.toFile());
    Instances files = ImageTestData.fileList(names, pixels);
    Path train = save(new Instances(files, 0, 100), "train.arff");
    Path test = save(new Instances(files, 100, 20), "test.arff");
    Path model = s_work.resolve("conv.model");
    String filter = "weka.filters.unsupervised.attribute.ConvolutionalAutoencoder -width 12 -height 12 -filters 4,8 "
      + "-code-size 6 -epochs 3 -threads 1 -image-directory " + images;
    WekaProcess.Result trained = s_weka.run(300, "weka.Run", "weka.classifiers.meta.FilteredClassifier", "-t",
      train.toString(), "-T", test.toString(), "-d", model.toString(), "-F", filter, "-W",
      "weka.classifiers.trees.J48");
    assertEquals(0, trained.exitCode, trained.output);
    assertTrue(trained.output.contains("ConvolutionalAutoencoder: network 12x12x1 -> 6x6x4 -> 3x3x8"),
      trained.output);
    WekaProcess.Result loaded = s_weka.run(300, "weka.Run", "weka.classifiers.meta.FilteredClassifier", "-l",
      model.toString(), "-T", test.toString());
    assertEquals(0, loaded.exitCode, loaded.output);
    assertEquals(testAccuracy(trained.output), testAccuracy(loaded.output), "the loaded model predicts the same");
  }

  @Test
  void aGeometryMistakeReachesTheUserAsAMessageNotAStackTrace() throws Exception {
    Instances mnist = TestData.mnist(20);
    Path data = save(mnist, "mnist.arff");
    WekaProcess.Result run = s_weka.run(120, "weka.Run", ".ConvolutionalAutoencoder", "-i", data.toString(), "-o",
      s_work.resolve("never.arff").toString(), "-c", "last", "-width", "32", "-height", "32", "-channels", "3");
    assertTrue(run.output.contains("3072 pixel values") && run.output.contains("784 numeric attributes"),
      run.output);
    assertTrue(!run.output.contains("at org.nd4j") && !run.output.contains("at org.deeplearning4j"), run.output);
  }

  private static Path save(Instances data, String name) throws Exception {
    return TestData.saveArff(data, s_work.resolve(name));
  }

  private static String testAccuracy(String output) {
    int test = output.indexOf("=== Error on test data ===");
    Matcher m = Pattern.compile("Correctly Classified Instances\\s+\\d+\\s+[0-9.]+\\s*%")
      .matcher(output.substring(Math.max(0, test)));
    assertTrue(m.find(), output);
    return m.group();
  }
}
