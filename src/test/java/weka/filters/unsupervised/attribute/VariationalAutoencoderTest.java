package weka.filters.unsupervised.attribute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import weka.autoencoder.variational.VariationalModel;
import weka.autoencoder.TestOptions;
import weka.autoencoder.TestData;
import weka.autoencoder.filter.AutoencoderFilter;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.filters.Filter;

/** The VariationalAutoencoder filter through Weka's filter API, like the other variants. */
class VariationalAutoencoderTest {

  /** A small, fast configuration for the made-up 6+1 attribute data. */
  private static VariationalAutoencoder quick(String... extra) throws Exception {
    List<String> options = Arrays.asList("-code-size", "2", "-hidden", "16", "-epochs", "30",
      "-batch-size", "32", "-threads", "1", "-learning-rate", "0.01");
    VariationalAutoencoder filter = new VariationalAutoencoder();
    filter.setOptions(TestOptions.merged(options, extra));
    return filter;
  }

  @Test
  void codeOutputIsThePosteriorMeanWithTheClassLast() throws Exception {
    Instances data = TestData.lowRank(200, 1);
    VariationalAutoencoder filter = quick();
    filter.setInputFormat(data);
    Instances out = Filter.useFilter(data, filter);
    assertEquals(3, out.numAttributes());
    assertEquals("code_0", out.attribute(0).name());
    assertEquals(2, out.classIndex());
    assertTrue(out.classAttribute().equals(data.classAttribute()));
    for (int i = 0; i < data.numInstances(); i++) {
      assertEquals(data.instance(i).classValue(), out.instance(i).classValue(), 0);
      assertFalse(out.instance(i).hasMissingValue());
    }
    // The mean is deterministic: filtering again gives the same codes.
    assertArrayEquals(TestData.values(out), TestData.values(Filter.useFilter(data, filter)));
  }

  @Test
  void meanAndVarianceGivesTwoAttributesPerCodeUnitWithPositiveVariances() throws Exception {
    Instances data = TestData.lowRank(150, 2);
    VariationalAutoencoder mean = quick("-epochs", "5");
    mean.setInputFormat(data);
    Instances means = Filter.useFilter(data, mean);
    VariationalAutoencoder both = quick("-epochs", "5", "-code-output", "mean-and-variance");
    both.setInputFormat(data);
    Instances out = Filter.useFilter(data, both);
    assertEquals(5, out.numAttributes());
    assertEquals("code_variance_1", out.attribute(3).name());
    assertEquals(4, out.classIndex());
    for (int i = 0; i < out.numInstances(); i++) {
      assertEquals(means.instance(i).value(0), out.instance(i).value(0), 1e-6, "same seed, same mean");
      assertTrue(out.instance(i).value(2) > 0 && out.instance(i).value(3) > 0);
    }
  }

  @Test
  void sampledCodesDependOnTheRowAndSeedNotOnTheBatch() throws Exception {
    Instances data = TestData.lowRank(120, 3);
    VariationalAutoencoder filter = quick("-epochs", "5", "-code-output", "sample");
    filter.setInputFormat(data);
    Instances all = Filter.useFilter(data, filter);
    Instances part = Filter.useFilter(new Instances(data, 10, 5), filter);
    for (int i = 0; i < 5; i++) {
      assertArrayEquals(all.instance(10 + i).toDoubleArray(), part.instance(i).toDoubleArray(), 1e-6);
    }
    VariationalAutoencoder means = quick("-epochs", "5");
    means.setInputFormat(data);
    Instances meanCodes = Filter.useFilter(data, means);
    assertFalse(Arrays.deepEquals(TestData.values(all), TestData.values(meanCodes)), "a sample is not the mean");
  }

  @Test
  void reconstructionKeepsTheHeaderAndRebuildsLowRankData() throws Exception {
    Instances data = TestData.lowRank(300, 4);
    // With the default KL warm-up both code units are used (without it a unit often stays unused, share ~0.4).
    VariationalAutoencoder filter = quick("-output", "reconstruction", "-epochs", "50", "-validation-fraction", "0");
    filter.setInputFormat(data);
    Instances out = Filter.useFilter(data, filter);
    assertTrue(out.equalHeaders(data), out.equalHeadersMsg(data));
    double error = 0;
    double variance = 0;
    for (int j = 0; j < 6; j++) {
      double mean = data.meanOrMode(j);
      for (int i = 0; i < data.numInstances(); i++) {
        error += Math.pow(out.instance(i).value(j) - data.instance(i).value(j), 2);
        variance += Math.pow(data.instance(i).value(j) - mean, 2);
      }
    }
    assertTrue(error < 0.1 * variance, "residual share " + error / variance);
    for (int i = 0; i < data.numInstances(); i++) {
      assertEquals(data.instance(i).classValue(), out.instance(i).classValue(), 0);
    }
  }

  @Test
  void theErrorAttributeIsANegativeLogLikelihoodThatFlagsAnomalies() throws Exception {
    Instances data = TestData.lowRank(300, 5);
    VariationalAutoencoder filter = quick("-error-attribute", "-epochs", "60");
    filter.setInputFormat(data);
    Filter.useFilter(data, filter);
    Instances test = TestData.lowRank(20, 6);
    Instance outlier = (Instance) test.instance(0).copy();
    for (int j = 0; j < 6; j++) {
      outlier.setValue(j, j % 2 == 0 ? 25 : -5);
    }
    test.add(outlier);
    Instances out = Filter.useFilter(test, filter);
    Attribute error = out.attribute(out.numAttributes() - 1);
    assertEquals(AutoencoderFilter.ERROR_ATTRIBUTE, error.name());
    double outlierScore = out.instance(out.numInstances() - 1).value(error);
    for (int i = 0; i < out.numInstances() - 1; i++) {
      assertTrue(out.instance(i).value(error) < outlierScore, "row " + i + " scored above the outlier");
    }
  }

  @Test
  void laterBatchesAndSingleInstancesUseTheFirstBatchsNetwork() throws Exception {
    Instances train = TestData.lowRank(200, 7);
    Instances test = TestData.lowRank(30, 8);
    VariationalAutoencoder filter = quick("-epochs", "5");
    filter.setInputFormat(train);
    Filter.useFilter(train, filter);
    Instances batchOut = Filter.useFilter(test, filter);
    assertArrayEquals(TestData.values(batchOut), TestData.values(Filter.useFilter(test, filter)), "second batch must not retrain");
    filter.input(test.instance(3));
    filter.batchFinished();
    assertArrayEquals(batchOut.instance(3).toDoubleArray(), filter.output().toDoubleArray(), 1e-5);
  }

  @Test
  void sameSeedGivesTheSameOutputAndAnotherSeedDoesNot() throws Exception {
    Instances data = TestData.lowRank(150, 9);
    double[][] a = TestData.values(filtered(data, quick("-epochs", "4")));
    assertArrayEquals(a, TestData.values(filtered(data, quick("-epochs", "4"))));
    assertFalse(Arrays.deepEquals(a, TestData.values(filtered(data, quick("-epochs", "4", "-S", "2")))));
  }

  private static Instances filtered(Instances data, VariationalAutoencoder filter) throws Exception {
    filter.setInputFormat(data);
    return Filter.useFilter(data, filter);
  }

  @Test
  void nominalAttributesAndMissingValuesAreReconstructedWithoutTouchingTheUsersData() throws Exception {
    Instances labor = TestData.shipped("labor.arff");
    String before = labor.toString();
    VariationalAutoencoder filter = quick("-output", "reconstruction", "-epochs", "5", "-error-attribute");
    filter.setInputFormat(labor);
    Instances out = Filter.useFilter(labor, filter);
    assertEquals(before, labor.toString());
    assertEquals(labor.numAttributes() + 1, out.numAttributes());
    for (int i = 0; i < out.numInstances(); i++) {
      for (int j = 0; j < out.numAttributes(); j++) {
        if (j != out.classIndex()) {
          assertFalse(out.instance(i).isMissing(j), "row " + i + " attribute " + j);
        }
      }
    }
    VariationalModel model = (VariationalModel) filter.getModel();
    assertTrue(model.likelihood().describe().contains("categorical"), model.likelihood().describe());
    assertTrue(model.likelihood().describe().contains("Gaussian"), model.likelihood().describe());
  }

  @Test
  void pixelsInTheUnitIntervalGetABernoulliLikelihood() throws Exception {
    Instances mnist = TestData.mnist(64);
    VariationalAutoencoder filter = quick("-epochs", "1");
    filter.setInputFormat(mnist);
    Filter.useFilter(mnist, filter);
    assertEquals("784 Bernoulli", ((VariationalModel) filter.getModel()).likelihood().describe());
  }

  @Test
  void forcingBernoulliOnValuesOutsideTheUnitIntervalNamesTheAttribute() throws Exception {
    Instances data = TestData.lowRank(40, 10);
    VariationalAutoencoder filter = quick("-epochs", "1", "-distribution", "bernoulli", "-normalize",
      "standardize");
    filter.setInputFormat(data);
    Exception e = assertThrows(Exception.class, () -> Filter.useFilter(data, filter));
    assertTrue(e.getMessage().contains("'x0'") && e.getMessage().contains("-normalize"), e.getMessage());
    // Min-max scaling brings the same data into [0,1], so Bernoulli can then be forced.
    VariationalAutoencoder scaled = quick("-epochs", "1", "-distribution", "bernoulli");
    scaled.setInputFormat(data);
    Filter.useFilter(data, scaled);
    assertEquals("6 Bernoulli, 1 categorical", ((VariationalModel) scaled.getModel()).likelihood().describe());
  }

  @Test
  void everyOptionSurvivesAGetOptionsSetOptionsRoundTrip() throws Exception {
    VariationalAutoencoder filter = new VariationalAutoencoder();
    filter.setOptions(new String[] {"-code-size", "7", "-hidden", "40,20", "-activation", "tanh", "-kl-weight",
      "0.5", "-kl-warmup", "4", "-distribution", "gaussian", "-code-output", "mean-and-variance", "-epochs", "12", "-batch-size", "16",
      "-learning-rate", "0.005", "-weight-decay", "1.0E-4", "-S", "9", "-validation-fraction", "0.2", "-patience",
      "3", "-output", "reconstruction", "-error-attribute", "-normalize", "standardize", "-threads", "2"});
    String[] options = filter.getOptions();
    VariationalAutoencoder copy = new VariationalAutoencoder();
    copy.setOptions(options.clone());
    assertArrayEquals(options, copy.getOptions());
    assertEquals(0.5, copy.getKlWeight(), 0);
    assertEquals(4, copy.getKlWarmup());
    assertEquals("mean-and-variance", copy.getCodeOutput().getSelectedTag().getReadable());
    assertEquals("gaussian", copy.getDistribution().getSelectedTag().getReadable());
  }

  @Test
  void badOptionValuesGiveMessagesThatNameTheOption() {
    String[][] bad = {{"-kl-weight", "-1"}, {"-kl-weight", "x"}, {"-distribution", "poisson"},
      {"-code-output", "median"}, {"-hidden", "0"}, {"-code-size", "0"}, {"-kl-warmup", "-1"}};
    for (String[] options : bad) {
      Exception e = assertThrows(Exception.class, () -> new VariationalAutoencoder().setOptions(options.clone()));
      assertTrue(e.getMessage().contains(options[0]), String.join(" ", options) + ": " + e.getMessage());
    }
  }

  @Test
  void aTrainedFilterSurvivesSerializationAndMakeCopy(@TempDir Path dir) throws Exception {
    Instances train = TestData.lowRank(150, 11);
    Instances test = TestData.lowRank(20, 12);
    VariationalAutoencoder filter = quick("-epochs", "5", "-error-attribute");
    filter.setInputFormat(train);
    Filter.useFilter(train, filter);
    double[][] expected = TestData.values(Filter.useFilter(test, filter));
    File file = dir.resolve("vae.model").toFile();
    SerializationHelper.write(file.getPath(), filter);
    VariationalAutoencoder restored = (VariationalAutoencoder) SerializationHelper.read(file.getPath());
    assertNotNull(restored.getModel());
    assertArrayEquals(expected, TestData.values(Filter.useFilter(test, restored)));
    VariationalAutoencoder copy = (VariationalAutoencoder) Filter.makeCopy(filter);
    assertArrayEquals(expected, TestData.values(Filter.useFilter(test, copy)));
    assertNull(new VariationalAutoencoder().getModel());
  }

  @Test
  void weightedInstancesCountMoreAndKeepTheirWeight() throws Exception {
    Instances data = TestData.lowRank(60, 13);
    data.instance(2).setWeight(3.5);
    VariationalAutoencoder filter = quick("-epochs", "2");
    filter.setInputFormat(data);
    assertEquals(3.5, Filter.useFilter(data, filter).instance(2).weight(), 0);
  }

  @Test
  void stringAttributesAreRefusedWithTheirName() {
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("x"));
    attributes.add(new Attribute("notes", (List<String>) null));
    Instances data = new Instances("text", attributes, 0);
    Exception e = assertThrows(Exception.class, () -> new VariationalAutoencoder().setInputFormat(data));
    assertTrue(e.getMessage().contains("'notes'"), e.getMessage());
  }

  @Test
  void globalInfoAndEveryPropertyHaveHelpText() throws Exception {
    VariationalAutoencoder filter = new VariationalAutoencoder();
    assertTrue(filter.globalInfo().contains("Bernoulli"));
    for (java.beans.PropertyDescriptor p : java.beans.Introspector.getBeanInfo(VariationalAutoencoder.class)
      .getPropertyDescriptors()) {
      if (p.getReadMethod() != null && p.getWriteMethod() != null && !p.getName().equals("options")) {
        java.lang.reflect.Method tip = VariationalAutoencoder.class.getMethod(p.getName() + "TipText");
        assertFalse(((String) tip.invoke(filter)).isEmpty(), p.getName());
      }
    }
    assertTrue(filter.errorAttributeTipText().contains("log-probability"));
  }

  @Test
  void noiseOptionCorruptsTheTrainingInput() throws Exception {
    Instances data = weka.autoencoder.TestData.lowRank(120, 21);
    VariationalAutoencoder clean = quick("-epochs", "5");
    clean.setInputFormat(data);
    VariationalAutoencoder noisy = quick("-epochs", "5", "-noise", "weka.autoencoder.noise.GaussianNoise -stddev 0.5");
    noisy.setInputFormat(data);
    double[][] withoutNoise = TestData.values(Filter.useFilter(data, clean));
    double[][] withNoise = TestData.values(Filter.useFilter(data, noisy));
    // Same seed, same data: only the corrupted training input can make the trained networks differ.
    org.junit.jupiter.api.Assertions.assertFalse(Arrays.deepEquals(withoutNoise, withNoise),
      "-noise must change what the VAE is trained on");
    VariationalAutoencoder again = quick("-epochs", "5", "-noise", "weka.autoencoder.noise.GaussianNoise -stddev 0.5");
    again.setInputFormat(data);
    org.junit.jupiter.api.Assertions.assertArrayEquals(withNoise, TestData.values(Filter.useFilter(data, again)),
      "noise is reproducible from the seed");
  }
}
