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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import weka.autoencoder.filter.OutputMode;
import weka.autoencoder.filter.AutoencoderFilter;
import weka.autoencoder.TestOptions;
import weka.autoencoder.TestData;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.filters.Filter;

class AutoencoderTest {

  /** A small, fast configuration for the made-up 6+1 attribute data. */
  private static Autoencoder quick(String... extra) throws Exception {
    Autoencoder filter = new Autoencoder();
    String[] base = {"-code-size", "2", "-hidden", "16", "-epochs", "40", "-batch-size", "32", "-threads", "1",
      "-learning-rate", "0.01"};
    filter.setOptions(TestOptions.merged(base, extra));
    return filter;
  }

  @Test
  void codeOutputHasCodeAttributesThenTheUnchangedClass() throws Exception {
    Instances data = TestData.lowRank(200, 1);
    Autoencoder filter = quick();
    filter.setInputFormat(data);
    Instances out = Filter.useFilter(data, filter);
    assertEquals(3, out.numAttributes());
    assertEquals("code_0", out.attribute(0).name());
    assertEquals("code_1", out.attribute(1).name());
    assertEquals(2, out.classIndex());
    assertTrue(out.classAttribute().equals(data.classAttribute()));
    for (int i = 0; i < data.numInstances(); i++) {
      assertEquals(data.instance(i).classValue(), out.instance(i).classValue(), 0);
      assertFalse(out.instance(i).hasMissingValue());
    }
  }

  @Test
  void reconstructionKeepsTheHeaderAndRebuildsLowRankDataWell() throws Exception {
    Instances data = TestData.lowRank(300, 2);
    Autoencoder filter = quick("-output", "reconstruction", "-epochs", "150", "-validation-fraction", "0");
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
    // Data on a 2-D plane through a 2-unit code: the reconstruction must explain most of the variance.
    assertTrue(error < 0.1 * variance, "residual share " + error / variance);
    int sideCorrect = 0;
    for (int i = 0; i < data.numInstances(); i++) {
      sideCorrect += out.instance(i).value(6) == data.instance(i).value(6) ? 1 : 0;
      assertEquals(data.instance(i).classValue(), out.instance(i).classValue(), 0);
    }
    assertTrue(sideCorrect > 0.8 * data.numInstances(), "nominal attribute rebuilt for " + sideCorrect);
  }

  @Test
  void errorAttributeIsAppendedAndFlagsAnomalies() throws Exception {
    Instances data = TestData.lowRank(300, 3);
    Autoencoder filter = quick("-error-attribute", "-epochs", "100");
    filter.setInputFormat(data);
    Filter.useFilter(data, filter);
    Instances test = TestData.lowRank(20, 4);
    Instance outlier = (Instance) test.instance(0).copy();
    for (int j = 0; j < 6; j++) {
      outlier.setValue(j, j % 2 == 0 ? 25 : -5); // far off the plane
    }
    test.add(outlier);
    Instances out = Filter.useFilter(test, filter);
    Attribute error = out.attribute(out.numAttributes() - 1);
    assertEquals(AutoencoderFilter.ERROR_ATTRIBUTE, error.name());
    double outlierScore = out.instance(out.numInstances() - 1).value(error);
    for (int i = 0; i < out.numInstances() - 1; i++) {
      assertTrue(out.instance(i).value(error) >= 0);
      assertTrue(out.instance(i).value(error) < outlierScore, "row " + i + " scored above the outlier");
    }
  }

  @Test
  void laterBatchesAndSingleInstancesUseTheFirstBatchsNetwork() throws Exception {
    Instances train = TestData.lowRank(200, 5);
    Instances test = TestData.lowRank(30, 6);
    Autoencoder filter = quick();
    filter.setInputFormat(train);
    Filter.useFilter(train, filter);
    Instances batchOut = Filter.useFilter(test, filter);
    Instances again = Filter.useFilter(test, filter);
    assertArrayEquals(TestData.values(batchOut), TestData.values(again), "second batch must not retrain");

    filter.input(test.instance(3));
    filter.batchFinished();
    Instance single = filter.output();
    assertArrayEquals(batchOut.instance(3).toDoubleArray(), single.toDoubleArray(), 1e-5);
  }

  @Test
  void sameSeedAndThreadsGiveTheSameOutputAndAnotherSeedDoesNot() throws Exception {
    Instances data = TestData.lowRank(150, 7);
    Autoencoder a = quick("-epochs", "5");
    a.setInputFormat(data);
    Autoencoder b = quick("-epochs", "5");
    b.setInputFormat(data);
    Autoencoder c = quick("-epochs", "5", "-S", "2");
    c.setInputFormat(data);
    double[][] outA = TestData.values(Filter.useFilter(data, a));
    assertArrayEquals(outA, TestData.values(Filter.useFilter(data, b)));
    assertFalse(Arrays.deepEquals(outA, TestData.values(Filter.useFilter(data, c))));
  }

  @Test
  void theFilterDoesNotChangeTheUsersData() throws Exception {
    Instances data = TestData.lowRank(100, 8);
    data.instance(4).setMissing(2);
    data.instance(9).setMissing(6);
    String before = data.toString();
    Autoencoder filter = quick("-output", "reconstruction", "-epochs", "3");
    filter.setInputFormat(data);
    Filter.useFilter(data, filter);
    assertEquals(before, data.toString());
  }

  @Test
  void missingValuesAreFilledWithTheReconstruction() throws Exception {
    Instances data = TestData.lowRank(300, 9);
    Instances holes = new Instances(data);
    for (int i = 0; i < holes.numInstances(); i += 3) {
      holes.instance(i).setMissing(i % 6);
    }
    Autoencoder filter = quick("-output", "reconstruction", "-epochs", "150", "-validation-fraction", "0");
    filter.setInputFormat(holes);
    Instances out = Filter.useFilter(holes, filter);
    double imputedError = 0;
    double meanError = 0;
    int n = 0;
    for (int i = 0; i < holes.numInstances(); i += 3) {
      int j = i % 6;
      assertFalse(out.instance(i).isMissing(j));
      imputedError += Math.pow(out.instance(i).value(j) - data.instance(i).value(j), 2);
      meanError += Math.pow(holes.meanOrMode(j) - data.instance(i).value(j), 2);
      n++;
    }
    assertTrue(imputedError < 0.5 * meanError, "imputed " + imputedError / n + " vs mean " + meanError / n);
  }

  @Test
  void everyOptionSurvivesAGetOptionsSetOptionsRoundTrip() throws Exception {
    Autoencoder filter = new Autoencoder();
    filter.setOptions(new String[] {"-code-size", "7", "-hidden", "40,20,10", "-activation", "tanh", "-epochs", "12",
      "-batch-size", "16", "-learning-rate", "0.005", "-weight-decay", "1.0E-4", "-S", "9", "-validation-fraction",
      "0.2", "-patience", "3", "-output", "reconstruction", "-error-attribute", "-normalize", "standardize",
      "-threads", "2"});
    String[] options = filter.getOptions();
    Autoencoder copy = new Autoencoder();
    copy.setOptions(options.clone());
    assertArrayEquals(options, copy.getOptions());
    assertEquals("40,20,10", copy.getHidden());
    assertEquals(7, copy.getCodeSize());
    assertEquals(OutputMode.RECONSTRUCTION, copy.outputMode());
    assertTrue(copy.getErrorAttribute());

    Autoencoder none = new Autoencoder();
    none.setOptions(new String[] {"-hidden", "none"});
    Autoencoder noneCopy = new Autoencoder();
    noneCopy.setOptions(none.getOptions());
    assertEquals("none", noneCopy.getHidden());
  }

  @Test
  void absurdOptionValuesGiveMessagesThatNameTheOption() {
    String[][] bad = {{"-code-size", "0"}, {"-epochs", "-1"}, {"-batch-size", "0"}, {"-learning-rate", "0"},
      {"-learning-rate", "NaN"}, {"-validation-fraction", "1"}, {"-patience", "-2"}, {"-threads", "-1"},
      {"-hidden", "10,-3"}, {"-activation", "magic"}, {"-output", "both"}, {"-normalize", "log"},
      {"-weight-decay", "-0.1"}, {"-epochs", "ten"}};
    for (String[] options : bad) {
      Exception e = assertThrows(Exception.class, () -> new Autoencoder().setOptions(options.clone()),
        String.join(" ", options));
      assertTrue(e.getMessage().contains(options[0]),
        "message for " + String.join(" ", options) + ": " + e.getMessage());
    }
    Exception unknown = assertThrows(Exception.class,
      () -> new Autoencoder().setOptions(new String[] {"-codesize", "3"}));
    assertTrue(unknown.getMessage().contains("-codesize"), unknown.getMessage());
  }

  @Test
  void stringAttributesAreRefusedWithTheirName() {
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("x"));
    attributes.add(new Attribute("notes", (java.util.List<String>) null));
    Instances data = new Instances("text", attributes, 0);
    Exception e = assertThrows(Exception.class, () -> new Autoencoder().setInputFormat(data));
    assertTrue(e.getMessage().contains("'notes'") && e.getMessage().contains("StringToWordVector"), e.getMessage());
  }

  @Test
  void emptyTrainingDataIsRefusedClearly() throws Exception {
    Instances empty = new Instances(TestData.lowRank(1, 1), 0);
    Autoencoder filter = quick();
    filter.setInputFormat(empty);
    Exception e = assertThrows(Exception.class, () -> Filter.useFilter(empty, filter));
    assertTrue(e.getMessage().contains("no instances"), e.getMessage());
    assertNull(filter.getModel());
  }

  @Test
  void aTrainedFilterSurvivesSerializationAndMakeCopy(@TempDir Path dir) throws Exception {
    Instances train = TestData.lowRank(150, 10);
    Instances test = TestData.lowRank(20, 11);
    Autoencoder filter = quick("-error-attribute");
    filter.setInputFormat(train);
    Filter.useFilter(train, filter);
    double[][] expected = TestData.values(Filter.useFilter(test, filter));

    File file = dir.resolve("autoencoder.model").toFile();
    SerializationHelper.write(file.getPath(), filter);
    Autoencoder restored = (Autoencoder) SerializationHelper.read(file.getPath());
    assertNotNull(restored.getModel());
    assertArrayEquals(expected, TestData.values(Filter.useFilter(test, restored)));

    Autoencoder copy = (Autoencoder) Filter.makeCopy(filter);
    assertArrayEquals(expected, TestData.values(Filter.useFilter(test, copy)));
  }

  @Test
  void anUntrainedFilterHasNoModelAndCopiesFine() throws Exception {
    Autoencoder filter = quick();
    assertNull(filter.getModel());
    assertNotNull(Filter.makeCopy(filter));
  }

  @Test
  void nanValuesAreTreatedAsMissing() throws Exception {
    Instances data = TestData.lowRank(80, 12);
    data.instance(0).setValue(1, Double.NaN);
    Autoencoder filter = quick("-epochs", "2", "-output", "reconstruction");
    filter.setInputFormat(data);
    Instances out = Filter.useFilter(data, filter);
    assertFalse(Double.isNaN(out.instance(0).value(1)));
  }

  @Test
  void dataWithoutAClassAttributeIsFine() throws Exception {
    Instances data = TestData.lowRank(80, 13);
    data.setClassIndex(-1);
    Autoencoder filter = quick("-epochs", "2");
    filter.setInputFormat(data);
    Instances out = Filter.useFilter(data, filter);
    assertEquals(2, out.numAttributes());
    assertEquals(-1, out.classIndex());
  }

  @Test
  void labourDataWithNominalsAndManyMissingValuesIsReconstructedCompletely() throws Exception {
    Instances labor = TestData.shipped("labor.arff");
    Autoencoder filter = quick("-output", "reconstruction", "-epochs", "10");
    filter.setInputFormat(labor);
    Instances out = Filter.useFilter(labor, filter);
    assertTrue(out.equalHeaders(labor));
    for (int i = 0; i < out.numInstances(); i++) {
      for (int j = 0; j < out.numAttributes(); j++) {
        if (j != out.classIndex()) {
          assertFalse(out.instance(i).isMissing(j), "row " + i + " attribute " + j);
        }
      }
    }
  }

  @Test
  void weightsArePassedThrough() throws Exception {
    Instances data = TestData.lowRank(40, 14);
    data.instance(2).setWeight(3.5);
    Autoencoder filter = quick("-epochs", "1");
    filter.setInputFormat(data);
    assertEquals(3.5, Filter.useFilter(data, filter).instance(2).weight(), 0);
  }

  @Test
  void aClashingErrorAttributeNameIsMadeUnique() throws Exception {
    Instances data = TestData.lowRank(40, 15);
    data.renameAttribute(0, AutoencoderFilter.ERROR_ATTRIBUTE);
    Autoencoder filter = quick("-epochs", "1", "-output", "reconstruction", "-error-attribute");
    filter.setInputFormat(data);
    Instances out = Filter.useFilter(data, filter);
    assertEquals(AutoencoderFilter.ERROR_ATTRIBUTE + "_1", out.attribute(out.numAttributes() - 1).name());
  }

  @Test
  void globalInfoAndEveryPropertyHaveHelpText() throws Exception {
    Autoencoder filter = new Autoencoder();
    assertTrue(filter.globalInfo().contains("PrincipalComponents"));
    for (java.beans.PropertyDescriptor p : java.beans.Introspector.getBeanInfo(Autoencoder.class)
      .getPropertyDescriptors()) {
      if (p.getReadMethod() != null && p.getWriteMethod() != null && !p.getName().equals("options")) {
        java.lang.reflect.Method tip = Autoencoder.class.getMethod(p.getName() + "TipText");
        assertFalse(((String) tip.invoke(filter)).isEmpty(), p.getName());
      }
    }
  }

  @Test
  void singleInstanceInputBeforeTrainingIsBuffered() throws Exception {
    Instances data = TestData.lowRank(60, 16);
    Autoencoder filter = quick("-epochs", "2");
    filter.setInputFormat(data);
    for (Instance instance : data) {
      filter.input(instance);
    }
    filter.batchFinished();
    assertEquals(60, filter.numPendingOutput());
    assertEquals(3, filter.output().numAttributes());
  }
}
