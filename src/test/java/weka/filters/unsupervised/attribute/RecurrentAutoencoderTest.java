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

import weka.autoencoder.filter.AutoencoderFilter;
import weka.autoencoder.TestOptions;
import weka.autoencoder.SequenceTestData;
import weka.autoencoder.TestData;
import weka.autoencoder.model.SequenceAutoencoderModel;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.filters.Filter;

/** The RecurrentAutoencoder filter through Weka's own APIs, on tiny data and few epochs. */
class RecurrentAutoencoderTest {

  /** A small, fast configuration; {@code extra} options are added or replace the defaults here. */
  private static RecurrentAutoencoder quick(String... extra) throws Exception {
    List<String> options = Arrays.asList("-code-size", "3", "-units", "8", "-epochs", "3",
      "-batch-size", "16", "-threads", "1", "-learning-rate", "0.01");
    RecurrentAutoencoder filter = new RecurrentAutoencoder();
    filter.setOptions(TestOptions.merged(options, extra));
    return filter;
  }

  private static Instances run(RecurrentAutoencoder filter, Instances data) throws Exception {
    filter.setInputFormat(data);
    return Filter.useFilter(data, filter);
  }

  private static String[] rows(Instances data) {
    return SequenceTestData.snapshot(data);
  }

  @Test
  void relationalCodeReplacesTheBagAndKeepsTheOtherAttributesAndTheClass() throws Exception {
    Instances data = SequenceTestData.relational(30, 1, 6, 1);
    Instances out = run(quick(), data);
    assertEquals(5, out.numAttributes());
    assertEquals("id", out.attribute(0).name());
    assertEquals("code_0", out.attribute(1).name());
    assertEquals("code_2", out.attribute(3).name());
    assertEquals(4, out.classIndex());
    assertEquals(30, out.numInstances());
    for (int i = 0; i < 30; i++) {
      assertEquals(data.instance(i).value(0), out.instance(i).value(0), 0);
      assertEquals(data.instance(i).classValue(), out.instance(i).classValue(), 0);
      assertFalse(out.instance(i).hasMissingValue());
    }
  }

  @Test
  void relationalReconstructionKeepsTheHeaderEachBagsLengthAndFillsMissingSteps() throws Exception {
    Instances data = SequenceTestData.relational(30, 1, 7, 2);
    Instances steps = SequenceTestData.stepHeader();
    data.instance(0).setValue(1, data.attribute(1).addRelation(SequenceTestData.bag(steps, 1, 0.5)));
    Instances holes = SequenceTestData.bag(steps, 5, 1.5);
    holes.instance(2).setMissing(0);
    holes.instance(3).setMissing(1);
    data.instance(1).setValue(1, data.attribute(1).addRelation(holes));
    String[] before = rows(data);
    Instances out = run(quick("-output", "reconstruction"), data);
    assertTrue(out.equalHeaders(data), out.equalHeadersMsg(data));
    assertArrayEquals(before, rows(data), "the user's data must not change");
    for (int i = 0; i < data.numInstances(); i++) {
      Instances in = data.instance(i).relationalValue(1);
      Instances rebuilt = out.instance(i).relationalValue(1);
      assertEquals(in.numInstances(), rebuilt.numInstances(), "bag " + i);
      for (int t = 0; t < rebuilt.numInstances(); t++) {
        assertFalse(rebuilt.instance(t).hasMissingValue(), "bag " + i + " step " + t);
      }
      assertEquals(data.instance(i).classValue(), out.instance(i).classValue(), 0);
    }
    assertEquals(1, out.instance(0).relationalValue(1).numInstances());
  }

  @Test
  void flatAttributesAreReadAsStepsOfSeveralChannels() throws Exception {
    Instances data = SequenceTestData.flat(30, 4, 2, 3);
    data.instance(5).setMissing(3);
    RecurrentAutoencoder filter = quick("-sequence-channels", "2", "-output", "reconstruction", "-error-attribute");
    Instances out = run(filter, data);
    assertEquals("8 attributes as 4 time step(s) of 2 channel(s)",
      ((SequenceAutoencoderModel) filter.getModel()).codec().layout().describe());
    assertEquals(data.numAttributes() + 1, out.numAttributes());
    assertEquals(AutoencoderFilter.ERROR_ATTRIBUTE, out.attribute(out.numAttributes() - 1).name());
    assertEquals(data.classIndex(), out.classIndex());
    for (int i = 0; i < data.numInstances(); i++) {
      assertEquals(data.instance(i).value(0), out.instance(i).value(0), 0, "id kept");
      assertFalse(out.instance(i).hasMissingValue());
      assertTrue(out.instance(i).value(out.numAttributes() - 1) >= 0);
    }

    Instances codes = run(quick("-sequence-channels", "2"), data);
    assertEquals(Arrays.asList("id", "code_0", "code_1", "code_2", "class"), names(codes));
  }

  @Test
  void dataWithoutARelationalAttributeIsReadAsAUnivariateSeriesOfItsNumericAttributes() throws Exception {
    Instances data = SequenceTestData.flat(20, 6, 1, 4);
    RecurrentAutoencoder filter = quick("-epochs", "1");
    Instances out = run(filter, data);
    assertEquals("6 attributes as 6 time step(s) of 1 channel(s)",
      ((SequenceAutoencoderModel) filter.getModel()).codec().layout().describe());
    assertEquals(Arrays.asList("id", "code_0", "code_1", "code_2", "class"), names(out));
  }

  @Test
  void trainedOnSinesItRebuildsThemBetterThanTheMeanAndScoresASpikedSequenceHighest() throws Exception {
    Instances train = SequenceTestData.flat(48, 8, 1, 5);
    RecurrentAutoencoder filter = quick("-units", "16", "-epochs", "30", "-validation-fraction", "0",
      "-output", "reconstruction", "-error-attribute", "-reverse-target", "-learning-rate", "0.02");
    Instances out = run(filter, train);
    double error = 0;
    double variance = 0;
    for (int j = 1; j <= 8; j++) {
      double mean = train.meanOrMode(j);
      for (int i = 0; i < train.numInstances(); i++) {
        error += Math.pow(out.instance(i).value(j) - train.instance(i).value(j), 2);
        variance += Math.pow(train.instance(i).value(j) - mean, 2);
      }
    }
    assertTrue(error < 0.5 * variance, "residual share " + error / variance);

    Instances test = SequenceTestData.flat(10, 8, 1, 6);
    Instance spiked = (Instance) test.instance(0).copy();
    spiked.setValue(4, spiked.value(4) + 12);
    test.add(spiked);
    Instances scored = Filter.useFilter(test, filter);
    int error_ = scored.numAttributes() - 1;
    double spikeScore = scored.instance(scored.numInstances() - 1).value(error_);
    for (int i = 0; i < scored.numInstances() - 1; i++) {
      assertTrue(scored.instance(i).value(error_) < spikeScore, "sequence " + i + " scored above the spike");
    }
  }

  @Test
  void theNoiseOptionCorruptsTrainingInputAndAPlotDirectoryGetsTheLossCurve(@TempDir Path dir) throws Exception {
    Instances data = SequenceTestData.relational(24, 2, 6, 14);
    double[][] clean = codes(run(quick(), data));
    RecurrentAutoencoder noisy = quick("-noise", "weka.autoencoder.noise.MaskingNoise -probability 0.5",
      "-plot-directory", dir.toString());
    double[][] denoising = codes(run(noisy, data));
    assertFalse(Arrays.deepEquals(clean, denoising), "the same seed with noise must train differently");
    assertTrue(dir.resolve("RecurrentAutoencoder-loss.png").toFile().length() > 0);
  }

  private static double[][] codes(Instances out) {
    double[][] v = new double[out.numInstances()][];
    for (int i = 0; i < v.length; i++) {
      v[i] = out.instance(i).toDoubleArray();
    }
    return v;
  }

  @Test
  void laterBatchesAndSingleInstancesUseTheFirstBatchsNetworkEvenForLongerSequences() throws Exception {
    Instances train = SequenceTestData.relational(24, 2, 5, 7);
    Instances test = SequenceTestData.relational(6, 8, 10, 8);
    RecurrentAutoencoder filter = quick("-error-attribute");
    run(filter, train);
    Instances first = Filter.useFilter(test, filter);
    Instances again = Filter.useFilter(test, filter);
    assertArrayEquals(rows(first), rows(again), "a later batch must not retrain");
    filter.input(test.instance(2));
    filter.batchFinished();
    Instance single = filter.output();
    assertArrayEquals(first.instance(2).toDoubleArray(), single.toDoubleArray(), 1e-5);
  }

  @Test
  void flatWindowsGetTheLinearPathUnlessLstmOnlyAndRelationalSequencesNever(@TempDir Path dir) throws Exception {
    Instances train = SequenceTestData.flat(24, 5, 2, 11);
    train.instance(3).setMissing(train.numAttributes() - 2); // the last step's last channel: no step mask
    Instances test = SequenceTestData.flat(6, 5, 2, 12);
    RecurrentAutoencoder filter = quick("-sequence-channels", "2", "-output", "reconstruction", "-error-attribute");
    Instances out = run(filter, train);
    assertTrue(((SequenceAutoencoderModel) filter.getModel()).linearPath(), "fixed-length windows");
    assertFalse(out.instance(3).hasMissingValue(), "the missing last value is filled in");
    String[] expected = rows(Filter.useFilter(test, filter));
    File file = dir.resolve("linear.model").toFile();
    SerializationHelper.write(file.getPath(), filter);
    RecurrentAutoencoder restored = (RecurrentAutoencoder) SerializationHelper.read(file.getPath());
    assertArrayEquals(expected, rows(Filter.useFilter(test, restored)));

    float[] standardised = ((SequenceAutoencoderModel) filter.getModel()).codec().encode(train, 0, 24).values();
    double mean = 0;
    double square = 0;
    for (float v : standardised) {
      mean += v / standardised.length;
      square += v * v / standardised.length;
    }
    assertEquals(0, mean, 0.05, "with the linear path -normalize auto standardises");
    assertEquals(1, square, 0.1);

    RecurrentAutoencoder lstmOnly = quick("-sequence-channels", "2", "-lstm-only");
    run(lstmOnly, train);
    assertFalse(((SequenceAutoencoderModel) lstmOnly.getModel()).linearPath());
    for (float v : ((SequenceAutoencoderModel) lstmOnly.getModel()).codec().encode(train, 0, 24).values()) {
      assertTrue(v >= 0 && v <= 1, "the LSTMs alone keep min-max scaling: " + v);
    }
    RecurrentAutoencoder relational = quick();
    run(relational, SequenceTestData.relational(12, 3, 3, 13));
    assertFalse(((SequenceAutoencoderModel) relational.getModel()).linearPath(), "bags may differ in length");

    Exception text = assertThrows(Exception.class, () -> quick("-lstm-only").setInputFormat(
      weka.autoencoder.TextTestData.sentences(1)));
    assertTrue(text.getMessage().contains("-lstm-only is for numeric sequences"), text.getMessage());
  }

  @Test
  void aTrainedFilterSurvivesSerializationAndMakeCopy(@TempDir Path dir) throws Exception {
    Instances train = SequenceTestData.relational(20, 1, 6, 9);
    Instances test = SequenceTestData.relational(5, 1, 6, 10);
    RecurrentAutoencoder filter = quick("-output", "reconstruction", "-error-attribute", "-reverse-target");
    run(filter, train);
    Instances out = Filter.useFilter(test, filter);
    for (int i = 0; i < test.numInstances(); i++) {
      assertEquals(test.instance(i).relationalValue(1).numInstances(),
        out.instance(i).relationalValue(1).numInstances(), "later-batch bag " + i + " keeps its length");
    }
    String[] expected = rows(out);

    File file = dir.resolve("recurrent.model").toFile();
    SerializationHelper.write(file.getPath(), filter);
    RecurrentAutoencoder restored = (RecurrentAutoencoder) SerializationHelper.read(file.getPath());
    assertNotNull(restored.getModel());
    assertArrayEquals(expected, rows(Filter.useFilter(test, restored)));
    RecurrentAutoencoder copy = (RecurrentAutoencoder) Filter.makeCopy(filter);
    assertArrayEquals(expected, rows(Filter.useFilter(test, copy)));
  }

  @Test
  void everyOptionSurvivesAGetOptionsSetOptionsRoundTrip() throws Exception {
    String[][] settings = {
      {"-code-size", "7", "-units", "32,16", "-relational-attribute", "2", "-reverse-target", "-epochs", "12",
        "-batch-size", "16", "-learning-rate", "0.005", "-S", "9", "-output", "reconstruction", "-error-attribute",
        "-normalize", "standardize", "-threads", "2"},
      {"-sequence-channels", "3", "-sequence-attributes", "2-13", "-validation-fraction", "0.2", "-patience", "3",
        "-lstm-only"},
      {}};
    for (String[] setting : settings) {
      RecurrentAutoencoder filter = new RecurrentAutoencoder();
      filter.setOptions(setting.clone());
      String[] options = filter.getOptions();
      RecurrentAutoencoder copy = new RecurrentAutoencoder();
      copy.setOptions(options.clone());
      assertArrayEquals(options, copy.getOptions(), String.join(" ", setting));
    }
    RecurrentAutoencoder filter = new RecurrentAutoencoder();
    filter.setOptions(settings[0].clone());
    assertEquals("32,16", filter.getUnits());
    assertEquals("2", filter.getRelationalAttribute());
    assertTrue(filter.getReverseTarget());
    filter.setOptions(settings[1].clone());
    assertEquals(3, filter.getSequenceChannels());
    assertEquals("2-13", filter.getSequenceAttributes());
    assertEquals("", filter.getRelationalAttribute());
    assertFalse(filter.getReverseTarget());
    assertTrue(filter.getLstmOnly());
    filter.setOptions(new String[0]);
    assertFalse(filter.getLstmOnly(), "the linear path is the default");
  }

  @Test
  void absurdOptionValuesGiveMessagesThatNameTheOption() {
    String[][] bad = {{"-units", "0"}, {"-units", "none"}, {"-units", "8,x"}, {"-sequence-channels", "-1"},
      {"-sequence-channels", "two"}, {"-relational-attribute", "bag"}, {"-relational-attribute", "0"},
      {"-code-size", "0"}, {"-epochs", "-1"}, {"-min-steps", "-1"}};
    for (String[] options : bad) {
      Exception e = assertThrows(Exception.class, () -> new RecurrentAutoencoder().setOptions(options.clone()),
        String.join(" ", options));
      assertTrue(e.getMessage().contains(options[0]),
        "message for " + String.join(" ", options) + ": " + e.getMessage());
    }
  }

  /** @return the message of the exception the filter raises on {@code data}, from setInputFormat or training */
  private static String refusal(Instances data, String... options) throws Exception {
    RecurrentAutoencoder filter = quick(options);
    Exception e = assertThrows(Exception.class, () -> run(filter, data));
    assertTrue(e.getMessage().startsWith("RecurrentAutoencoder: "), e.getMessage());
    assertFalse(e.getMessage().contains("ND4J") || e.getMessage().contains("INDArray"), e.getMessage());
    return e.getMessage();
  }

  @Test
  void wrongInputGivesAWekaStyleMessageNamingWhatToChange() throws Exception {
    Instances relational = SequenceTestData.relational(6, 2, 3, 11);
    String notRelational = refusal(relational, "-relational-attribute", "1");
    assertTrue(notRelational.contains("'id'") && notRelational.contains("-relational-attribute"), notRelational);
    String bothForms = refusal(relational, "-relational-attribute", "2", "-sequence-channels", "2");
    assertTrue(bothForms.contains("one sequence form"), bothForms);

    Instances flat = SequenceTestData.flat(6, 5, 1, 12);
    String indivisible = refusal(flat, "-sequence-channels", "2");
    assertTrue(indivisible.contains("-sequence-channels") && indivisible.contains("5"), indivisible);
    String nominalInRange = refusal(flat, "-sequence-attributes", "1-3", "-sequence-channels", "1");
    assertTrue(nominalInRange.contains("'id'") && nominalInRange.contains("-sequence-attributes"), nominalInRange);

    relational.instance(4).setValue(1,
      relational.attribute(1).addRelation(new Instances(SequenceTestData.stepHeader(), 0)));
    String empty = refusal(relational);
    assertTrue(empty.contains("Instance 5") && empty.contains("empty"), empty);

    ArrayList<Attribute> withText = new ArrayList<>();
    withText.add(new Attribute("x1"));
    withText.add(new Attribute("x2"));
    withText.add(new Attribute("notes", (List<String>) null));
    // A string attribute is read as text unless a sequence option asks for numeric sequences; then it is refused.
    String text = refusal(new Instances("text", withText, 0), "-sequence-channels", "1");
    assertTrue(text.contains("'notes'") && text.contains("Remove") && text.contains("as text"), text);
  }

  @Test
  void weightsArePassedThroughAndAnEmptyFirstBatchIsRefused() throws Exception {
    Instances data = SequenceTestData.relational(12, 2, 4, 13);
    data.instance(3).setWeight(2.5);
    assertEquals(2.5, run(quick("-epochs", "1"), data).instance(3).weight(), 0);
    RecurrentAutoencoder filter = quick();
    Instances empty = new Instances(data, 0);
    filter.setInputFormat(empty);
    Exception e = assertThrows(Exception.class, () -> Filter.useFilter(empty, filter));
    assertTrue(e.getMessage().contains("no instances"), e.getMessage());
    assertNull(filter.getModel());
  }

  @Test
  void globalInfoExplainsBothFormsAndEveryPropertyHasHelpText() throws Exception {
    RecurrentAutoencoder filter = new RecurrentAutoencoder();
    assertTrue(filter.globalInfo().contains("relational attribute") && filter.globalInfo().contains("sequenceChannels"));
    for (java.beans.PropertyDescriptor p : java.beans.Introspector.getBeanInfo(RecurrentAutoencoder.class)
      .getPropertyDescriptors()) {
      if (p.getReadMethod() != null && p.getWriteMethod() != null && !p.getName().equals("options")) {
        java.lang.reflect.Method tip = RecurrentAutoencoder.class.getMethod(p.getName() + "TipText");
        assertFalse(((String) tip.invoke(filter)).isEmpty(), p.getName());
      }
    }
  }

  @Test
  void shippedYearlyBagsWithANominalChannelAndMissingWeeksAreEncoded() throws Exception {
    Instances years = TestData.shipped("co2-years.arff");
    Instances out = run(quick("-epochs", "1", "-error-attribute"), years);
    assertEquals(Arrays.asList("year", "code_0", "code_1", "code_2", "decade", AutoencoderFilter.ERROR_ATTRIBUTE),
      names(out));
    assertEquals(44, out.numInstances());
    assertEquals("decade", out.classAttribute().name());
    for (Instance instance : out) {
      assertFalse(instance.hasMissingValue());
    }
  }

  @Test
  void shippedWindowsAreReadAsFiftyTwoWeeksAndTheStartDateIsKept() throws Exception {
    Instances all = TestData.shipped("co2-windows.arff.gz");
    all.setClassIndex(-1);
    Instances windows = new Instances(all, 0, 40);
    RecurrentAutoencoder filter = quick("-epochs", "1");
    Instances out = run(filter, windows);
    assertEquals("52 attributes as 52 time step(s) of 1 channel(s)",
      ((SequenceAutoencoderModel) filter.getModel()).codec().layout().describe());
    assertTrue(out.attribute(0).isDate());
    assertEquals(windows.instance(7).value(0), out.instance(7).value(0), 0);
  }

  private static List<String> names(Instances data) {
    List<String> names = new ArrayList<>();
    for (int a = 0; a < data.numAttributes(); a++) {
      names.add(data.attribute(a).name());
    }
    return names;
  }
}
