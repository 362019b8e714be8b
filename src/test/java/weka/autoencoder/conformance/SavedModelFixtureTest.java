package weka.autoencoder.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.datagenerators.classifiers.classification.VariationalAutoencoderGenerator;
import weka.filters.Filter;

/**
 * Models saved by an earlier version still load and give the same output: the committed fixtures in
 * src/test/resources/fixtures (written by {@link FixtureWriter}, which says how to regenerate them) are loaded and
 * applied to their committed input.
 */
class SavedModelFixtureTest {

  private static InputStream resource(String name) {
    InputStream in = SavedModelFixtureTest.class.getResourceAsStream("/fixtures/" + name);
    assertNotNull(in, "fixture " + name + " (written by FixtureWriter)");
    return in;
  }

  private static Instances arff(String name) throws Exception {
    try (Reader reader = new InputStreamReader(resource(name), StandardCharsets.UTF_8)) {
      Instances data = new Instances(reader);
      return data;
    }
  }

  private static void assertSameValues(Instances expected, Instances actual) {
    assertTrue(actual.equalHeaders(expected), actual.equalHeadersMsg(expected));
    assertEquals(expected.numInstances(), actual.numInstances());
    double[][] want = Rows.of(expected);
    double[][] got = Rows.of(actual);
    for (int i = 0; i < want.length; i++) {
      assertArrayEquals(want[i], got[i], 1e-6, "row " + i);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Autoencoder", "DenoisingAutoencoder", "ConvolutionalAutoencoder", "RecurrentAutoencoder",
    "VariationalAutoencoder"})
  void aSavedFilterLoadsAndFiltersAsWhenItWasSaved(String name) throws Exception {
    Filter filter;
    try (InputStream in = resource(name + ".model")) {
      filter = (Filter) SerializationHelper.read(in);
    }
    assertEquals(name, filter.getClass().getSimpleName());
    assertTrue(filter.isFirstBatchDone(), "the saved filter was trained");
    Instances input = arff(name + "-input.arff");
    input.setClassIndex(input.numAttributes() - 1);
    Instances expected = arff(name + "-expected.arff");
    expected.setClassIndex(expected.numAttributes() - 2); // the class, then the error attribute
    Instances out = Filter.useFilter(input, filter);
    assertSameValues(expected, out);
  }

  @Test
  void aSavedGeneratorModelGeneratesTheSameRowsInTheTrainingHeader(@TempDir Path dir) throws Exception {
    Path model = dir.resolve("generator.vae");
    try (InputStream in = resource("generator.vae")) {
      Files.copy(in, model, StandardCopyOption.REPLACE_EXISTING);
    }
    VariationalAutoencoderGenerator generator = new VariationalAutoencoderGenerator();
    String[] options = new String[FixtureWriter.GENERATOR_OPTIONS.length + 2];
    options[0] = "-model";
    options[1] = model.toString();
    System.arraycopy(FixtureWriter.GENERATOR_OPTIONS, 0, options, 2, FixtureWriter.GENERATOR_OPTIONS.length);
    generator.setOptions(options);
    generator.defineDataFormat();
    Instances generated = generator.generateExamples();

    Instances training = arff("generator-training.arff");
    training.setClassIndex(training.numAttributes() - 1);
    assertTrue(generated.equalHeaders(training), generated.equalHeadersMsg(training));
    Instances expected = arff("generator-expected.arff");
    expected.setClassIndex(expected.numAttributes() - 1);
    assertSameValues(expected, generated);
  }
}
