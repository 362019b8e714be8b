package weka.autoencoder.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.filters.Filter;

/**
 * {@code -save-model} and {@code -model} on every filter: a saved model filters exactly as the filter that trained
 * it, without training; input of another header, a damaged file and an unwritable save path are refused with a
 * message naming what to change.
 */
class SavedModelConformanceTest {

  private static final String SUBJECTS = "weka.autoencoder.conformance.Subjects#all";

  private static final String DAMAGED = "is damaged or was written by an incompatible version of the autoencoders "
    + "package: retrain and save it again";

  private static double[][] trainAndSave(Subject s, File model) throws Exception {
    Filter filter = s.quick("-save-model", model.getPath());
    Instances train = s.train();
    filter.setInputFormat(train);
    Filter.useFilter(train, filter);
    return Rows.of(Filter.useFilter(s.test(), filter));
  }

  private static Filter loading(Subject s, File model, String... extra) throws Exception {
    String[] options = new String[extra.length + 2];
    options[0] = "-model";
    options[1] = model.getPath();
    System.arraycopy(extra, 0, options, 2, extra.length);
    return s.quick(options);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(SUBJECTS)
  void aSavedModelFiltersExactlyAsTheFilterThatTrainedItWithoutTraining(Subject s, @TempDir Path dir)
    throws Exception {
    File model = dir.resolve("trained.model").toFile();
    double[][] expected;
    try (StdErr err = StdErr.capture()) {
      expected = trainAndSave(s, model);
      assertEquals(1, err.linesStartingWith(s.simpleName() + ": saved the model to").size());
    }
    assertTrue(model.length() > 0, "the model file is written");
    // Other network options here: the model's own (code size, layers) must be used, not these.
    Filter second = loading(s, model, "-code-size", "9", "-epochs", "1", "-S", "77");
    try (StdErr err = StdErr.capture()) {
      second.setInputFormat(s.train());
      assertArrayEquals(expected, Rows.of(Filter.useFilter(s.test(), second)), "filtered with -model");
      assertEquals(List.of(), err.linesStartingWith(s.simpleName() + ": epoch"), "no training with -model");
    }
    // An empty first batch gives the output header at once (the Spark job's scoring relies on it).
    Filter empty = loading(s, model);
    empty.setInputFormat(s.train());
    Instances header = Filter.useFilter(new Instances(s.train(), 0), empty);
    Instances filtered = Filter.useFilter(s.test(), empty);
    assertEquals(0, header.numInstances());
    assertEquals(null, header.equalHeadersMsg(filtered), "output header from an empty first batch");
    assertArrayEquals(expected, Rows.of(filtered), "after an empty first batch");
    // A filter with -model survives Weka's copies like a trained one.
    Filter copy = (Filter) SerializationHelper.read(new java.io.ByteArrayInputStream(serialize(second)));
    assertArrayEquals(expected, Rows.of(Filter.useFilter(s.test(), copy)), "a serialized copy of it");
  }

  private static byte[] serialize(Object object) throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    SerializationHelper.write(bytes, object);
    return bytes.toByteArray();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(SUBJECTS)
  void inputOfAnotherHeaderIsRefusedNamingTheFirstDifferingAttribute(Subject s, @TempDir Path dir) throws Exception {
    File model = dir.resolve("trained.model").toFile();
    trainAndSave(s, model);
    Instances other = s.test();
    int renamed = other.classIndex() == 0 ? 1 : 0;
    String name = other.attribute(renamed).name();
    other.renameAttribute(renamed, "renamed_" + name);
    Exception e = assertThrows(Exception.class, () -> loading(s, model).setInputFormat(other));
    String message = e.getMessage();
    assertTrue(message.startsWith(s.simpleName() + ": the input does not match the model in " + model), message);
    assertTrue(message.contains("attribute " + (renamed + 1) + " is '" + name + "' in the model but 'renamed_"
      + name + "' here"), message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(SUBJECTS)
  void aTruncatedModelFileIsReportedAsDamaged(Subject s, @TempDir Path dir) throws Exception {
    File model = dir.resolve("trained.model").toFile();
    trainAndSave(s, model);
    for (long keep : new long[] {model.length() / 2, model.length() - 7, 10}) {
      File cut = dir.resolve("cut-" + keep + ".model").toFile();
      Files.copy(model.toPath(), cut.toPath());
      try (RandomAccessFile file = new RandomAccessFile(cut, "rw")) {
        file.setLength(keep);
      }
      Exception e = assertThrows(Exception.class, () -> loading(s, cut).setInputFormat(s.train()));
      assertTrue(e.getMessage().startsWith(s.simpleName() + ": " + cut + " " + DAMAGED), e.getMessage());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(SUBJECTS)
  void anUnwritableSavePathIsRefusedBeforeTraining(Subject s, @TempDir Path dir) throws Exception {
    File nowhere = dir.resolve("no-such-folder").resolve("trained.model").toFile();
    Filter filter = s.quick("-save-model", nowhere.getPath());
    try (StdErr err = StdErr.capture()) {
      Exception e = assertThrows(Exception.class, () -> filter.setInputFormat(s.train()));
      assertTrue(e.getMessage().contains("cannot save the model to " + nowhere + " (-save-model): the folder "),
        e.getMessage());
      assertEquals(List.of(), err.linesStartingWith(s.simpleName() + ": epoch"), "refused before training");
    }
    assertFalse(nowhere.exists());
  }

  @Test
  void aMissingFileAndAnotherFiltersModelAreRefusedByName(@TempDir Path dir) throws Exception {
    File missing = dir.resolve("missing.model").toFile();
    Exception e = assertThrows(Exception.class,
      () -> loading(Subjects.AUTOENCODER, missing).setInputFormat(Subjects.AUTOENCODER.train()));
    assertTrue(e.getMessage().contains("the model file " + missing + " does not exist"), e.getMessage());

    File model = dir.resolve("ae.model").toFile();
    trainAndSave(Subjects.AUTOENCODER, model);
    e = assertThrows(Exception.class,
      () -> loading(Subjects.VARIATIONAL, model).setInputFormat(Subjects.AUTOENCODER.train()));
    assertTrue(e.getMessage().contains(model + " holds a model of Autoencoder, not of VariationalAutoencoder"),
      e.getMessage());

    File notAModel = dir.resolve("header.model").toFile();
    SerializationHelper.write(notAModel.getPath(), Subjects.AUTOENCODER.train());
    e = assertThrows(Exception.class,
      () -> loading(Subjects.AUTOENCODER, notAModel).setInputFormat(Subjects.AUTOENCODER.train()));
    assertTrue(e.getMessage().contains(notAModel + " holds a Instances, not the model expected here"),
      e.getMessage());
  }
}
