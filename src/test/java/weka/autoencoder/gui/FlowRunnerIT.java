package weka.autoencoder.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import weka.autoencoder.TestData;
import weka.autoencoder.WekaProcess;
import weka.core.Instances;

/**
 * Runs each shipped KnowledgeFlow flow headless with Weka's FlowRunner against the installed package, and checks
 * what the flow wrote. The installed MNIST sample is swapped for a 600-digit subset so the flows run in seconds;
 * the flow files themselves are the shipped ones, unchanged.
 */
class FlowRunnerIT {

  /** Deleted when the tests pass, kept for a look when one fails: it holds an installed package (about 350 MB). */
  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  static Path s_work;

  private static Path s_home;
  private static WekaProcess s_weka;

  @BeforeAll
  static void install() throws Exception {
    s_weka = WekaProcess.withPackageInstalled(s_work);
    s_home = s_weka.wekaHome();
    Instances small = TestData.mnist(600);
    Path installedData = s_home.resolve("packages/autoencoders/datasets/mnist-train.arff.gz");
    assertTrue(Files.exists(installedData), "the package ships the MNIST sample");
    try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(installedData))) {
      out.write(small.toString().getBytes(StandardCharsets.UTF_8));
    }
    shrink("reuters-grain-train.arff.gz", 150);
    shrink("reuters-grain-test.arff.gz", 60);
  }

  /** Replaces an installed dataset by its first {@code rows} rows. */
  private static void shrink(String name, int rows) throws Exception {
    Instances small = new Instances(TestData.shipped(name), 0, rows);
    Path installed = s_home.resolve("packages/autoencoders/datasets/" + name);
    assertTrue(Files.exists(installed), "the package ships " + name);
    try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(installed))) {
      out.write(small.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Runs a flow of the installed package headless with FlowRunner and fails the test unless it ends with exit 0. */
  private static WekaProcess.Result runInstalledFlow(String name, int timeoutSeconds) throws Exception {
    Path flow = s_home.resolve("packages/autoencoders/flows/" + name);
    assertTrue(Files.exists(flow), "the flow is installed with the package: " + name);
    WekaProcess.Result run = s_weka.run(timeoutSeconds, "weka.knowledgeflow.FlowRunner", flow.toString());
    assertEquals(0, run.exitCode, run.output);
    return run;
  }

  /** @return the text a flow's TextSaver wrote into WEKA_HOME, failing the test when the file is missing */
  private static String savedResults(String file, WekaProcess.Result run) throws Exception {
    Path results = s_home.resolve(file);
    assertTrue(Files.exists(results), "the flow's TextSaver wrote its results:\n" + run.output);
    return new String(Files.readAllBytes(results), StandardCharsets.UTF_8);
  }

  @Test
  void textFlowCodesTheStoriesAndEvaluatesLogisticOnTheCodes() throws Exception {
    WekaProcess.Result run = runInstalledFlow("text-codes.kf", 900);
    String text = savedResults("autoencoders-text-flow-results.txt", run);
    assertTrue(Pattern.compile("Total Number of Instances\\s+60\\b").matcher(text).find(),
      "the evaluation covers the 60 test stories:\n" + text);
    assertTrue(text.contains("Correctly Classified Instances"), text);
  }

  @Test
  void autoencoderVersusPcaFlowEvaluatesBothFeatureSets() throws Exception {
    WekaProcess.Result run = runInstalledFlow("autoencoder-vs-pca.kf", 600);
    String text = savedResults("autoencoders-flow-results.txt", run);
    Matcher accuracy = Pattern.compile("Correctly Classified Instances\\s+\\d+\\s+([0-9.]+)\\s*%").matcher(text);
    int evaluations = 0;
    while (accuracy.find()) {
      evaluations++;
      assertTrue(Double.parseDouble(accuracy.group(1)) > 40, "30 features of digits carry class information: "
        + accuracy.group());
    }
    Matcher total = Pattern.compile("Total Number of Instances\\s+120\\b").matcher(text);
    int tests = 0;
    while (total.find()) {
      tests++;
    }
    assertEquals(2, tests, "each evaluation covers the 20 % test split of 600 digits:\n" + text);
    assertEquals(2, evaluations, "one evaluation for the codes, one for PCA:\n" + text);
    assertTrue(text.contains("Autoencoder") || text.contains("IBk on codes"), text);
  }

  @Test
  void denoisingFlowWritesCleanedDigitsWithTheInputHeader() throws Exception {
    WekaProcess.Result run = runInstalledFlow("denoising.kf", 600);
    Path output = s_home.resolve("mnist-denoised.arff");
    assertTrue(Files.exists(output), "the flow's Saver wrote the denoised digits:\n" + run.output);
    Instances denoised;
    try (java.io.Reader reader = Files.newBufferedReader(output)) {
      denoised = new Instances(reader);
    }
    Instances noisy = TestData.shipped("mnist-test-noisy.arff.gz");
    assertEquals(noisy.numInstances(), denoised.numInstances());
    denoised.setClassIndex(denoised.numAttributes() - 1);
    assertTrue(denoised.equalHeaders(noisy), denoised.equalHeadersMsg(noisy));
    Instances clean = TestData.shipped("mnist-test.arff.gz");
    double noisyError = 0;
    double denoisedError = 0;
    for (int i = 0; i < noisy.numInstances(); i++) {
      for (int j = 0; j < 784; j++) {
        noisyError += Math.pow(noisy.instance(i).value(j) - clean.instance(i).value(j), 2);
        denoisedError += Math.pow(denoised.instance(i).value(j) - clean.instance(i).value(j), 2);
      }
    }
    assertTrue(denoisedError < noisyError, "the output is closer to the clean digits than the noisy input: "
      + denoisedError + " vs " + noisyError);
  }

  @Test
  void outlierFlowSavesTheFlaggedTestRowsMostOfThemKnownOutliers() throws Exception {
    WekaProcess.Result run = runInstalledFlow("outlier-detection.kf", 600);
    assertTrue(run.output.contains("Autoencoder: outlier threshold"), run.output);
    Path output = s_home.resolve("outliers-flagged.arff");
    assertTrue(Files.exists(output), "the flow's Saver wrote the flagged rows:\n" + run.output);
    Instances flagged;
    try (java.io.Reader reader = Files.newBufferedReader(output)) {
      flagged = new Instances(reader);
    }
    int flag = flagged.attribute("outlier").index();
    int known = flagged.attribute("known_outlier").index();
    assertEquals(flagged.numAttributes() - 2, flag, "the flag sits between the score and the probability");
    // 40 % of 351 rows are tested; 35 % of the training rows lie above the threshold, so about that many test rows.
    assertTrue(flagged.numInstances() > 20 && flagged.numInstances() < 110, flagged.numInstances() + " rows");
    int outliers = 0;
    for (int i = 0; i < flagged.numInstances(); i++) {
      assertEquals("yes", flagged.instance(i).stringValue(flag), "only flagged rows are kept");
      outliers += flagged.instance(i).stringValue(known).equals("yes") ? 1 : 0;
    }
    assertTrue(outliers > 0.5 * flagged.numInstances(), "36 % of the radar returns are bad, but " + outliers
      + " of the " + flagged.numInstances() + " flagged test rows are");
  }

  @Test
  void theFlowIsRegisteredAsAKnowledgeFlowTemplate() throws Exception {
    Path props = s_home.resolve("packages/autoencoders/PluginManager.props");
    assertTrue(Files.exists(props));
    String text = new String(Files.readAllBytes(props), StandardCharsets.UTF_8);
    assertTrue(text.contains("weka.knowledgeflow.plugin.templates|Autoencoder codes vs PrincipalComponents"));
    assertTrue(text.contains("weka.knowledgeflow.plugin.templates|Denoising MNIST digits"));
    assertTrue(text.contains("weka.knowledgeflow.plugin.templates|Outlier detection (ionosphere)"));
    assertTrue(text.contains("weka.knowledgeflow.plugin.templates|Text codes for a classifier (Reuters)"));
    Path jar = s_home.resolve("packages/autoencoders/autoencoders.jar");
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
      assertTrue(zip.getEntry("weka/autoencoder/flows/autoencoder-vs-pca.kf") != null,
        "the template's flow is a resource in the package jar");
      assertTrue(zip.getEntry("weka/autoencoder/flows/denoising.kf") != null);
      assertTrue(zip.getEntry("weka/autoencoder/flows/outlier-detection.kf") != null);
      assertTrue(zip.getEntry("weka/autoencoder/flows/text-codes.kf") != null);
    }
    assertTrue(Paths.get(System.getProperty("datasets.dir", "datasets")).toFile().isDirectory());
  }
}
