package weka.autoencoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.FileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import weka.core.Instances;

/**
 * End to end as a user does it: install the built package zip with Weka's package manager into a fresh WEKA_HOME
 * and run the filter in separate Weka JVMs. Only this path goes through Weka's package class loader, which is where
 * ND4J fails to find its backend unless the package sets the context class loader.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackageInstallIT {

  private static Path s_home;
  /** Deleted when the tests pass, kept for a look when one fails: it holds an installed package (about 350 MB). */
  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  static Path s_work;
  private static WekaProcess s_weka;
  private static Path s_train;
  private static Path s_test;

  @BeforeAll
  static void install() throws Exception {
    s_weka = WekaProcess.withPackageInstalled(s_work);
    s_home = s_weka.wekaHome();

    Instances mnist = TestData.mnist(600);
    s_train = save(new Instances(mnist, 0, 500), "train.arff");
    s_test = save(new Instances(mnist, 500, 100), "test.arff");
  }

  private static Path save(Instances data, String name) throws Exception {
    return TestData.saveArff(data, s_work.resolve(name));
  }

  @Test
  @Order(1)
  void thePackageManagerListsThePackageAsLoaded() throws Exception {
    WekaProcess.Result listed = s_weka.run(120, "weka.core.WekaPackageManager", "-offline", "-list-packages",
      "installed");
    assertEquals(0, listed.exitCode, listed.output);
    Matcher line = Pattern.compile("(?m)^.*autoencoders.*$").matcher(listed.output);
    assertTrue(line.find(), listed.output);
    assertTrue(listed.output.contains("Loaded: Yes") || line.group().contains("Yes"), listed.output);
    assertTrue(Files.exists(s_home.resolve("packages/autoencoders/autoencoders.jar")));
    assertTrue(Files.exists(s_home.resolve("packages/autoencoders/lib")));
  }

  @Test
  @Order(2)
  void batchModeThroughWekaRunWritesCodesForTrainingAndTestSets() throws Exception {
    Path trainOut = s_work.resolve("train-code.arff");
    Path testOut = s_work.resolve("test-code.arff");
    WekaProcess.Result run = s_weka.run(300, "weka.Run", ".Autoencoder", "-b", "-i", s_train.toString(), "-o",
      trainOut.toString(), "-r", s_test.toString(), "-s", testOut.toString(), "-c", "last", "-code-size", "12",
      "-epochs", "3");
    assertEquals(0, run.exitCode, run.output);
    assertTrue(run.output.contains("Autoencoder: epoch 1/3"), "progress on the console:\n" + run.output);
    Instances train = read(trainOut);
    Instances test = read(testOut);
    assertEquals(500, train.numInstances());
    assertEquals(100, test.numInstances());
    assertEquals(13, test.numAttributes());
    assertEquals("code_11", test.attribute(11).name());
    assertEquals("digit", test.attribute(12).name());
    assertTrue(train.equalHeaders(test), train.equalHeadersMsg(test));
  }

  @Test
  @Order(3)
  void aFilteredClassifierSavedInOneJvmLoadsAndPredictsInAnother() throws Exception {
    Path model = s_work.resolve("fc.model");
    WekaProcess.Result trained = s_weka.run(300, "weka.Run", "weka.classifiers.meta.FilteredClassifier", "-t",
      s_train.toString(), "-T", s_test.toString(), "-d", model.toString(), "-F",
      "weka.filters.unsupervised.attribute.Autoencoder -code-size 10 -epochs 3", "-W",
      "weka.classifiers.functions.Logistic");
    assertEquals(0, trained.exitCode, trained.output);
    assertTrue(Files.size(model) > 1000);
    WekaProcess.Result loaded = s_weka.run(300, "weka.Run", "weka.classifiers.meta.FilteredClassifier", "-l",
      model.toString(), "-T", s_test.toString());
    assertEquals(0, loaded.exitCode, loaded.output);
    String accuracy = testAccuracy(trained.output);
    assertEquals(accuracy, testAccuracy(loaded.output), "the loaded model predicts exactly as the saved one");
    double percent = Double.parseDouble(accuracy.replaceAll(".*\\s([0-9.]+)\\s*%.*", "$1"));
    assertTrue(percent > 30, "10 codes of MNIST digits must carry class information; got " + accuracy);
  }

  @Test
  @Order(4)
  void theErrorMessageForAStringAttributeReachesTheUser() throws Exception {
    Path text = s_work.resolve("text.arff");
    Files.write(text, ("@relation t\n@attribute x numeric\n@attribute note string\n@data\n1,'a'\n2,'b'\n")
      .getBytes("UTF-8"));
    WekaProcess.Result run = s_weka.run(120, "weka.Run", ".Autoencoder", "-i", text.toString(), "-o",
      s_work.resolve("never.arff").toString());
    assertTrue(run.output.contains("'note'"), run.output);
    assertTrue(!run.output.contains("at org.nd4j"), "no ND4J stack trace for a data problem:\n" + run.output);
  }

  /** Issue 13's numerical guards as a command-line user meets them: a clear message, no output file. */
  @Test
  @Order(4)
  void numericalProblemsStopTheRunWithAMessageAndNoOutput() throws Exception {
    Path wide = s_work.resolve("wide.arff");
    Files.write(wide, ("@relation w\n@attribute x numeric\n@attribute y numeric\n@data\n1e308,1\n-1e308,2\n0,3\n"
      + "1,4\n").getBytes("UTF-8"));
    Path never = s_work.resolve("wide-out.arff");
    WekaProcess.Result run = s_weka.run(120, "weka.Run", ".Autoencoder", "-i", wide.toString(), "-o",
      never.toString(), "-epochs", "2");
    assertTrue(run.output.contains("Attribute 'x' ranges from -1.0E308 to 1.0E308"), run.output);
    // Weka's runFilter prints the error and exits with 0, leaving the -o file it opened empty.
    assertTrue(!Files.exists(never) || Files.size(never) == 0, "no output from a run that cannot scale its data");

    Path small = s_work.resolve("small.arff");
    Files.write(small, "@relation s\n@attribute x numeric\n@attribute y numeric\n@data\n1,1\n2,2\n3,1\n4,2\n"
      .getBytes("UTF-8"));
    Path huge = s_work.resolve("huge.arff");
    Files.write(huge, "@relation s\n@attribute x numeric\n@attribute y numeric\n@data\n1,1\n1e300,2\n"
      .getBytes("UTF-8"));
    WekaProcess.Result batch = s_weka.run(120, "weka.Run", ".Autoencoder", "-b", "-i", small.toString(), "-o",
      s_work.resolve("small-out.arff").toString(), "-r", huge.toString(), "-s",
      s_work.resolve("huge-out.arff").toString(), "-epochs", "2", "-validation-fraction", "0");
    assertTrue(batch.output.contains("Instance 2 of the data filtered after training has the value 1.0E300"),
      batch.output);
    assertTrue(!batch.output.contains("at org.nd4j"), batch.output);
  }

  @Test
  @Order(5)
  void theNoiseModelsAreOfferedByTheExplorersObjectEditor() throws Exception {
    assertTrue(Files.exists(s_home.resolve("packages/autoencoders/GenericPropertiesCreator.props")));
    assertTrue(Files.exists(s_home.resolve("packages/autoencoders/GUIEditors.props")));
    WekaProcess.Result run = s_weka.run(300, Paths.get("src/test/resources/ObjectEditorCheck.java").toString());
    assertEquals(0, run.exitCode, run.output);
    for (String model : new String[] {"GaussianNoise", "MaskingNoise", "SaltAndPepperNoise", "NoNoise"}) {
      assertTrue(run.output.matches("(?s).*listed: [^\\n]*weka\\.autoencoder\\.noise\\." + model + "\\b.*"),
        run.output);
    }
    assertTrue(run.output.contains("editor: weka.gui.GenericObjectEditor"), run.output);
    assertTrue(run.output.contains("property: weka.autoencoder.noise.NoiseModel = "
      + "weka.autoencoder.noise.GaussianNoise"), run.output);
  }

  @Test
  @Order(6)
  void denoisingAutoencoderInBatchModeCleansNoisyDigits() throws Exception {
    Instances clean = read(s_test);
    clean.setClassIndex(clean.numAttributes() - 1);
    Instances noisy = new Instances(clean);
    java.util.Random random = new java.util.Random(5);
    for (weka.core.Instance instance : noisy) {
      for (int j = 0; j < noisy.numAttributes() - 1; j++) {
        instance.setValue(j, Math.max(0, Math.min(1, instance.value(j) + 0.5 * random.nextGaussian())));
      }
    }
    Path noisyFile = save(noisy, "noisy-test.arff");
    Path trainOut = s_work.resolve("train-denoised.arff");
    Path testOut = s_work.resolve("test-denoised.arff");
    WekaProcess.Result run = s_weka.run(300, "weka.Run", ".DenoisingAutoencoder", "-b", "-i", s_train.toString(),
      "-o", trainOut.toString(), "-r", noisyFile.toString(), "-s", testOut.toString(), "-c", "last", "-noise",
      "weka.autoencoder.noise.GaussianNoise -stddev 0.5 -clip", "-epochs", "4", "-code-size", "32");
    assertEquals(0, run.exitCode, run.output);
    assertTrue(run.output.contains("loss against clean input"), run.output);
    Instances denoised = read(testOut);
    denoised.setClassIndex(denoised.numAttributes() - 1);
    assertTrue(denoised.equalHeaders(noisy), denoised.equalHeadersMsg(noisy));
    double noisyError = 0;
    double denoisedError = 0;
    for (int i = 0; i < clean.numInstances(); i++) {
      for (int j = 0; j < clean.numAttributes() - 1; j++) {
        noisyError += Math.pow(noisy.instance(i).value(j) - clean.instance(i).value(j), 2);
        denoisedError += Math.pow(denoised.instance(i).value(j) - clean.instance(i).value(j), 2);
      }
    }
    assertTrue(denoisedError < 0.7 * noisyError, "squared error to clean: denoised " + denoisedError + ", noisy "
      + noisyError);
  }

  private static String testAccuracy(String output) {
    int test = output.indexOf("=== Error on test data ===");
    if (test < 0) {
      test = output.indexOf("test data");
    }
    Matcher m = Pattern.compile("Correctly Classified Instances\\s+\\d+\\s+[0-9.]+\\s*%")
      .matcher(output.substring(Math.max(0, test)));
    assertTrue(m.find(), output);
    return m.group();
  }

  private static Instances read(Path file) throws Exception {
    try (BufferedReader reader = new BufferedReader(new FileReader(file.toFile()))) {
      return new Instances(reader);
    }
  }
}
