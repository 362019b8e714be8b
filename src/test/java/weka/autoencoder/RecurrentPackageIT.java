package weka.autoencoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.FileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import weka.core.Instances;

/**
 * RecurrentAutoencoder end to end through an installed package: its computation graph is trained, applied, saved
 * and loaded inside Weka's package class loader, on the shipped yearly CO2 bags (relational, unequal lengths, a
 * nominal channel, missing weeks).
 */
class RecurrentPackageIT {

  /** Deleted when the tests pass, kept for a look when one fails: it holds an installed package (about 350 MB). */
  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  static Path s_work;
  private static WekaProcess s_weka;
  private static Path s_train;
  private static Path s_test;

  @BeforeAll
  static void install() throws Exception {
    s_weka = WekaProcess.withPackageInstalled(s_work);
    Instances years = TestData.shipped("co2-years.arff");
    s_train = save(new Instances(years, 0, 34), "years-train.arff");
    s_test = save(new Instances(years, 34, 10), "years-test.arff");
  }

  private static Path save(Instances data, String name) throws Exception {
    return TestData.saveArff(data, s_work.resolve(name));
  }

  @Test
  void batchModeRebuildsEachYearsBagWithItsOwnLength() throws Exception {
    Path trainOut = s_work.resolve("train-rebuilt.arff");
    Path testOut = s_work.resolve("test-rebuilt.arff");
    WekaProcess.Result run = s_weka.run(300, "weka.Run", ".RecurrentAutoencoder", "-b", "-i", s_train.toString(),
      "-o", trainOut.toString(), "-r", s_test.toString(), "-s", testOut.toString(), "-c", "last", "-units", "8",
      "-code-size", "4", "-epochs", "2", "-output", "reconstruction", "-error-attribute");
    assertEquals(0, run.exitCode, run.output);
    assertTrue(run.output.contains("RecurrentAutoencoder: epoch 1/2"), "progress on the console:\n" + run.output);
    Instances test = read(s_test);
    Instances rebuilt = read(testOut);
    assertEquals(10, rebuilt.numInstances());
    assertEquals("reconstruction_error", rebuilt.attribute(rebuilt.numAttributes() - 1).name());
    for (int i = 0; i < test.numInstances(); i++) {
      assertEquals(test.instance(i).relationalValue(1).numInstances(),
        rebuilt.instance(i).relationalValue(1).numInstances(), "year " + test.instance(i).value(0));
      assertEquals(test.instance(i).value(0), rebuilt.instance(i).value(0), 0);
    }
  }

  @Test
  void aFilteredClassifierWithTheRecurrentFilterSavedInOneJvmPredictsTheSameInAnother() throws Exception {
    Path model = s_work.resolve("rnn-fc.model");
    WekaProcess.Result trained = s_weka.run(300, "weka.Run", "weka.classifiers.meta.FilteredClassifier", "-t",
      s_train.toString(), "-T", s_test.toString(), "-d", model.toString(), "-F",
      "weka.filters.unsupervised.attribute.RecurrentAutoencoder -units 8 -code-size 4 -epochs 2", "-W",
      "weka.classifiers.trees.J48");
    assertEquals(0, trained.exitCode, trained.output);
    WekaProcess.Result loaded = s_weka.run(300, "weka.Run", "weka.classifiers.meta.FilteredClassifier", "-l",
      model.toString(), "-T", s_test.toString());
    assertEquals(0, loaded.exitCode, loaded.output);
    assertEquals(testSummary(trained.output), testSummary(loaded.output));
  }

  /** @return the correctly-classified line and the mean absolute error of the test-set section */
  static String testSummary(String output) {
    int test = Math.max(0, output.indexOf("test data"));
    Matcher correct = Pattern.compile("Correctly Classified Instances\\s+\\d+\\s+[0-9.]+\\s*%")
      .matcher(output.substring(test));
    Matcher mae = Pattern.compile("Mean absolute error\\s+[0-9.]+").matcher(output.substring(test));
    assertTrue(correct.find() && mae.find(), output);
    return correct.group() + " / " + mae.group();
  }

  static Instances read(Path file) throws Exception {
    try (BufferedReader reader = new BufferedReader(new FileReader(file.toFile()))) {
      return new Instances(reader);
    }
  }
}
