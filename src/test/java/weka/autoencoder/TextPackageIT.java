package weka.autoencoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import weka.core.Instances;

/**
 * RecurrentAutoencoder on text through an installed package: the shipped Reuters grain stories (a string attribute
 * and a class) are coded and rebuilt inside Weka's package class loader, and a FilteredClassifier with the text
 * filter is saved in one JVM and loaded in another.
 */
class TextPackageIT {

  private static final String[] SMALL = {"-units", "8", "-code-size", "4", "-embedding-size", "8", "-max-tokens",
    "20", "-vocabulary-size", "200", "-epochs", "2", "-threads", "1"};

  /** Deleted when the tests pass, kept for a look when one fails: it holds an installed package (about 350 MB). */
  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  static Path s_work;
  private static WekaProcess s_weka;
  private static Path s_train;
  private static Path s_test;

  @BeforeAll
  static void install() throws Exception {
    s_weka = WekaProcess.withPackageInstalled(s_work);
    Instances train = TestData.shipped("reuters-grain-train.arff.gz");
    Instances test = TestData.shipped("reuters-grain-test.arff.gz");
    s_train = TestData.saveArff(new Instances(train, 0, 120), s_work.resolve("reuters-train.arff"));
    s_test = TestData.saveArff(new Instances(test, 0, 30), s_work.resolve("reuters-test.arff"));
  }

  @Test
  void batchModeRebuildsTheTestStoriesAsTextAndScoresThem() throws Exception {
    Path trainOut = s_work.resolve("train-rebuilt.arff");
    Path testOut = s_work.resolve("test-rebuilt.arff");
    String[] options = TestOptions.merged(SMALL, "-b", "-i", s_train.toString(), "-o", trainOut.toString(), "-r",
      s_test.toString(), "-s", testOut.toString(), "-c", "last", "-output", "reconstruction", "-error-attribute");
    WekaProcess.Result run = s_weka.run(600, "weka.Run", TestOptions.merged(new String[] {".RecurrentAutoencoder"},
      options));
    assertEquals(0, run.exitCode, run.output);
    assertTrue(run.output.contains("text attribute 'Text': 120 documents"), run.output);
    assertTrue(run.output.contains("cut after -max-tokens 20"), run.output);
    Instances rebuilt = read(testOut);
    assertEquals(30, rebuilt.numInstances());
    assertTrue(rebuilt.attribute("Text").isString());
    assertEquals("reconstruction_error", rebuilt.attribute(rebuilt.numAttributes() - 1).name());
    for (int i = 0; i < rebuilt.numInstances(); i++) {
      double error = rebuilt.instance(i).value(rebuilt.numAttributes() - 1);
      assertTrue(error > 0 && Double.isFinite(error), "error " + error);
      assertTrue(rebuilt.instance(i).stringValue(0).split(" ").length <= 20);
    }
  }

  @Test
  void aFilteredClassifierOnTextCodesSavedInOneJvmPredictsTheSameInAnother() throws Exception {
    Path model = s_work.resolve("text-fc.model");
    WekaProcess.Result trained = s_weka.run(600, "weka.Run", "weka.classifiers.meta.FilteredClassifier", "-t",
      s_train.toString(), "-T", s_test.toString(), "-d", model.toString(), "-F",
      "weka.filters.unsupervised.attribute.RecurrentAutoencoder " + String.join(" ", SMALL), "-W",
      "weka.classifiers.functions.Logistic");
    assertEquals(0, trained.exitCode, trained.output);
    WekaProcess.Result loaded = s_weka.run(600, "weka.Run", "weka.classifiers.meta.FilteredClassifier", "-l",
      model.toString(), "-T", s_test.toString());
    assertEquals(0, loaded.exitCode, loaded.output);
    assertEquals(testSummary(trained.output), testSummary(loaded.output));
  }

  private static String testSummary(String output) {
    return RecurrentPackageIT.testSummary(output);
  }

  private static Instances read(Path file) throws Exception {
    return RecurrentPackageIT.read(file);
  }
}
