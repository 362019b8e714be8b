package weka.autoencoder.conformance;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;

import weka.autoencoder.ImageTestData;
import weka.autoencoder.SequenceTestData;
import weka.autoencoder.TestData;
import weka.core.Instances;
import weka.core.OptionHandler;
import weka.core.SerializationHelper;
import weka.core.converters.ArffSaver;
import weka.datagenerators.classifiers.classification.VariationalAutoencoderGenerator;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Autoencoder;
import weka.filters.unsupervised.attribute.ConvolutionalAutoencoder;
import weka.filters.unsupervised.attribute.DenoisingAutoencoder;
import weka.filters.unsupervised.attribute.RecurrentAutoencoder;
import weka.filters.unsupervised.attribute.VariationalAutoencoder;

/**
 * Writes the saved-model fixtures {@link SavedModelFixtureTest} checks: for each of the five filters a trained filter
 * ({@code <Filter>.model}, written with SerializationHelper), the test input ({@code <Filter>-input.arff}) and what
 * the trained filter made of it ({@code <Filter>-expected.arff}); for the generator a model saved with -save-model
 * ({@code generator.vae}), its training file ({@code generator-training.arff}) and the rows the saved model generates
 * with {@link #GENERATOR_OPTIONS} ({@code generator-expected.arff}). Tiny networks, fixed seeds, one thread.
 *
 * <p>Regenerate (from the project folder, after changing what a saved model holds):
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) \
 *   weka.autoencoder.conformance.FixtureWriter src/test/resources/fixtures
 * </pre>
 */
public final class FixtureWriter {

  /** Options the fixture test generates with from the saved generator model (plus -model). */
  static final String[] GENERATOR_OPTIONS = {"-n", "10", "-S", "3", "-threads", "1"};

  private FixtureWriter() {
  }

  /** A fixture: the filter with its options, its training data and its test input. */
  static final class Fixture {
    final Filter filter;
    final Instances train;
    final Instances test;

    Fixture(Filter filter, String[] options, Instances train, Instances test) throws Exception {
      ((OptionHandler) filter).setOptions(options);
      this.filter = filter;
      this.train = train;
      this.test = test;
    }
  }

  /** @return the fixtures by file name stem, which is the filter's class name */
  static Map<String, Fixture> fixtures() throws Exception {
    String[] common = {"-epochs", "3", "-batch-size", "16", "-learning-rate", "0.01", "-S", "1", "-threads", "1",
      "-validation-fraction", "0", "-error-attribute"};
    Map<String, Fixture> fixtures = new LinkedHashMap<>();
    fixtures.put("Autoencoder", new Fixture(new Autoencoder(), join(common, "-code-size", "2", "-hidden", "6"),
      TestData.lowRank(40, 41), TestData.lowRank(8, 42)));
    fixtures.put("DenoisingAutoencoder", new Fixture(new DenoisingAutoencoder(), join(common, "-code-size", "2",
      "-hidden", "6"), TestData.lowRank(40, 43), TestData.lowRank(8, 44)));
    fixtures.put("ConvolutionalAutoencoder", new Fixture(new ConvolutionalAutoencoder(), join(common, "-width", "8",
      "-height", "8", "-channels", "1", "-filters", "2", "-code-size", "2"),
      ImageTestData.squares(24, Subjects.GREY, 1, 45), ImageTestData.squares(6, Subjects.GREY, 1, 46)));
    fixtures.put("RecurrentAutoencoder", new Fixture(new RecurrentAutoencoder(), join(common, "-code-size", "2",
      "-units", "3"), SequenceTestData.relational(16, 2, 4, 47), SequenceTestData.relational(6, 2, 4, 48)));
    fixtures.put("VariationalAutoencoder", new Fixture(new VariationalAutoencoder(), join(common, "-code-size",
      "2", "-hidden", "6"), TestData.lowRank(40, 49), TestData.lowRank(8, 50)));
    return fixtures;
  }

  private static String[] join(String[] first, String... more) {
    String[] all = new String[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }

  /** Writes data as ARFF with enough decimals for comparisons to 1e-6. */
  static void save(Instances data, File file) throws Exception {
    ArffSaver saver = new ArffSaver();
    saver.setMaxDecimalPlaces(12);
    saver.setInstances(data);
    saver.setFile(file);
    saver.writeBatch();
  }

  /**
   * @param args the folder to write into (default src/test/resources/fixtures)
   */
  public static void main(String[] args) throws Exception {
    File dir = new File(args.length > 0 ? args[0] : "src/test/resources/fixtures");
    dir.mkdirs();
    for (Map.Entry<String, Fixture> entry : fixtures().entrySet()) {
      Fixture fixture = entry.getValue();
      fixture.filter.setInputFormat(fixture.train);
      Filter.useFilter(fixture.train, fixture.filter);
      Instances expected = Filter.useFilter(fixture.test, fixture.filter);
      SerializationHelper.write(new File(dir, entry.getKey() + ".model").getPath(), fixture.filter);
      save(fixture.test, new File(dir, entry.getKey() + "-input.arff"));
      save(expected, new File(dir, entry.getKey() + "-expected.arff"));
    }

    File training = new File(dir, "generator-training.arff");
    save(TestData.lowRank(40, 51), training);
    File model = new File(dir, "generator.vae");
    VariationalAutoencoderGenerator trainer = new VariationalAutoencoderGenerator();
    trainer.setOptions(new String[] {"-training-file", training.getPath(), "-save-model", model.getPath(), "-n", "5",
      "-epochs", "3", "-hidden", "6", "-code-size", "2", "-S", "1", "-threads", "1"});
    trainer.defineDataFormat();
    VariationalAutoencoderGenerator user = new VariationalAutoencoderGenerator();
    user.setOptions(join(new String[] {"-model", model.getPath()}, GENERATOR_OPTIONS));
    user.defineDataFormat();
    save(user.generateExamples(), new File(dir, "generator-expected.arff"));
    System.out.println("FixtureWriter: wrote the fixtures into " + dir);
  }
}
