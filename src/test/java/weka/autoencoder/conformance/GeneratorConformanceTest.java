package weka.autoencoder.conformance;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.beans.PropertyDescriptor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import weka.autoencoder.TestData;
import weka.autoencoder.TestOptions;
import weka.core.Instances;
import weka.core.Utils;
import weka.datagenerators.classifiers.classification.VariationalAutoencoderGenerator;

/**
 * What VariationalAutoencoderGenerator promises through Weka's DataGenerator and OptionHandler APIs: options and
 * help as for the filters, reproducible rows in the training file's header, progress lines, and early refusal of
 * settings that cannot work.
 */
class GeneratorConformanceTest {

  static final String WHO = "VariationalAutoencoderGenerator";

  static final int EPOCHS = 3;

  @TempDir
  static Path s_dir;

  private static Instances s_training;
  private static String s_trainingFile;

  @BeforeAll
  static void writeTrainingFile() throws Exception {
    s_training = TestData.lowRank(40, 21);
    s_trainingFile = TestData.saveArff(s_training, s_dir.resolve("lowrank.arff")).toString();
  }

  /** @return the quick options: the training file, 20 rows, a tiny network, 3 epochs, one thread */
  static String[] quickOptions(String trainingFile, String... extra) {
    return TestOptions.merged(new String[] {"-training-file", trainingFile, "-n", "20", "-epochs", "" + EPOCHS,
      "-hidden", "8", "-code-size", "2", "-threads", "1", "-S", "1"}, extra);
  }

  private static VariationalAutoencoderGenerator quick(String... extra) throws Exception {
    VariationalAutoencoderGenerator generator = new VariationalAutoencoderGenerator();
    generator.setOptions(quickOptions(s_trainingFile, extra));
    return generator;
  }

  private static Instances generate(VariationalAutoencoderGenerator generator) throws Exception {
    generator.defineDataFormat();
    return generator.generateExamples();
  }

  private String[] nonDefaultOptions() {
    return new String[] {"-training-file", s_trainingFile, "-class-index", "first", "-model",
      s_dir.resolve("in.vae").toString(), "-save-model", s_dir.resolve("out.vae").toString(), "-class-value", "yes",
      "-temperature", "0.7", "-no-clip", "-width", "8", "-height", "8", "-channels", "3", "-montage",
      s_dir.resolve("m.png").toString(), "-code-size", "5", "-hidden", "32", "-activation", "elu", "-epochs", "7",
      "-batch-size", "16", "-learning-rate", "0.002", "-kl-weight", "0.5", "-kl-warmup", "3",
      "-validation-fraction", "0.2", "-patience", "4", "-distribution", "gaussian", "-threads", "2", "-min-distance", "0.05",
      "-allow-copies", "-report", s_dir.resolve("report.md").toString(), "-condition", "age=20..30", "-S", "5",
      "-n", "33", "-r", "synthetic", "-d"};
  }

  // ------------------------------------------------------------------------------------------- options and help

  @Test
  void optionsSurviveAGetSetRoundTripAndAOneStringRoundTrip() throws Exception {
    for (String[] configuration : new String[][] {{}, quickOptions(s_trainingFile), nonDefaultOptions()}) {
      VariationalAutoencoderGenerator first = new VariationalAutoencoderGenerator();
      first.setOptions(configuration.clone());
      String[] options = first.getOptions();
      VariationalAutoencoderGenerator second = new VariationalAutoencoderGenerator();
      second.setOptions(options.clone());
      assertArrayEquals(options, second.getOptions(), Arrays.toString(configuration));
      VariationalAutoencoderGenerator third = new VariationalAutoencoderGenerator();
      third.setOptions(Utils.splitOptions(Utils.joinOptions(options)));
      assertArrayEquals(options, third.getOptions(), Utils.joinOptions(options));
    }
  }

  @Test
  void theNonDefaultConfigurationChangesEveryOptionGetOptionsEmits() throws Exception {
    VariationalAutoencoderGenerator defaults = new VariationalAutoencoderGenerator();
    VariationalAutoencoderGenerator changed = new VariationalAutoencoderGenerator();
    changed.setOptions(nonDefaultOptions());
    Map<String, Integer> listed = OptionNames.listed(defaults);
    Map<String, String> before = OptionNames.parse(defaults.getOptions(), listed);
    Map<String, String> after = OptionNames.parse(changed.getOptions(), listed);
    Set<String> names = new LinkedHashSet<>(before.keySet());
    names.addAll(after.keySet());
    List<String> unchanged = new ArrayList<>();
    for (String name : names) {
      if (Objects.equals(before.get(name), after.get(name))) {
        unchanged.add("-" + name + " " + before.get(name));
      }
    }
    assertTrue(unchanged.isEmpty(), "not covered by the non-default round trip: " + unchanged);
  }

  @Test
  void anUnknownOptionIsRefusedByName() {
    Exception e = assertThrows(Exception.class,
      () -> new VariationalAutoencoderGenerator().setOptions(new String[] {"-n", "5", "-no-such-option", "4"}));
    assertTrue(e.getMessage() != null && e.getMessage().contains("-no-such-option"), e.getMessage());
  }

  @Test
  void listOptionsDescribesEveryOptionGetOptionsEmits() throws Exception {
    Map<String, Integer> listed = OptionNames.listed(new VariationalAutoencoderGenerator());
    for (String[] configuration : new String[][] {{}, nonDefaultOptions()}) {
      VariationalAutoencoderGenerator generator = new VariationalAutoencoderGenerator();
      generator.setOptions(configuration.clone());
      for (Map.Entry<String, String> option : OptionNames.parse(generator.getOptions(), listed).entrySet()) {
        Integer arguments = listed.get(option.getKey());
        assertNotNull(arguments, "-" + option.getKey() + " is not in listOptions: " + listed.keySet());
        assertEquals(arguments > 0, !option.getValue().isEmpty(), "-" + option.getKey());
      }
    }
  }

  @Test
  void globalInfoAndEveryPropertyTheGuiShowsHaveHelpText() throws Exception {
    VariationalAutoencoderGenerator generator = new VariationalAutoencoderGenerator();
    assertFalse(generator.globalInfo().trim().isEmpty());
    List<PropertyDescriptor> shown = GuiProperties.shown(VariationalAutoencoderGenerator.class);
    assertTrue(shown.size() > 10, "properties shown: " + shown.size());
    List<String> withoutHelp = new ArrayList<>();
    for (PropertyDescriptor p : shown) {
      String text = GuiProperties.helpText(generator, p);
      if (text == null || text.trim().isEmpty()) {
        withoutHelp.add(p.getName());
      }
    }
    assertTrue(withoutHelp.isEmpty(), "shown without help text: " + withoutHelp);
  }

  // ------------------------------------------------------------------------------------------- generating

  @Test
  void theSameSeedGeneratesTheSameRowsInTheTrainingHeaderWithProgressLines() throws Exception {
    Instances first;
    try (StdErr err = StdErr.capture()) {
      first = generate(quick());
      String text = err.text();
      assertAll(
        () -> assertFalse(err.linesStartingWith(WHO + ": epoch 1/" + EPOCHS + " ").isEmpty(),
          "no epoch-1 line in:\n" + text),
        () -> assertFalse(err.linesStartingWith(WHO + ": epoch " + EPOCHS + "/" + EPOCHS + " ").isEmpty(),
          "no last-epoch line in:\n" + text));
    }
    assertEquals(20, first.numInstances());
    assertTrue(first.equalHeaders(s_training), first.equalHeadersMsg(s_training));
    assertEquals(s_training.relationName(), first.relationName());
    assertEquals(s_training.numAttributes() - 1, first.classIndex());

    assertArrayEquals(Rows.of(first), Rows.of(generate(quick())), "same options, same seed");
    assertFalse(Arrays.deepEquals(Rows.of(first), Rows.of(generate(quick("-S", "2")))), "another seed");
  }

  /**
   * Expects {@code generator} (quick options otherwise) to be refused with a message containing {@code expected},
   * before any training (no epoch line on standard error), whether setOptions or defineDataFormat refuses it.
   */
  private static void refusedBeforeTraining(java.util.regex.Pattern expected, String[] options, java.util.function.Consumer<
    VariationalAutoencoderGenerator> change) {
    try (StdErr err = StdErr.capture()) {
      long start = System.nanoTime();
      Exception e = assertThrows(Exception.class, () -> {
        VariationalAutoencoderGenerator generator = new VariationalAutoencoderGenerator();
        generator.setOptions(options.clone());
        change.accept(generator);
        generate(generator);
      }, String.join(" ", options));
      double seconds = (System.nanoTime() - start) / 1e9;
      String text = err.text();
      assertAll(
        () -> assertTrue(e.getMessage() != null && expected.matcher(e.getMessage()).find(),
          "the message names " + expected + ": " + e.getMessage()),
        () -> assertTrue(err.linesStartingWith(WHO + ": epoch").isEmpty(), "refused only after training ("
          + String.format(java.util.Locale.ROOT, "%.1f", seconds) + " s), with: " + e.getMessage() + "\n" + text));
    }
  }

  /** @return the quick options with {@code name} set to {@code value} (which may start with "-") */
  private static String[] with(String name, String value) {
    List<String> options = new ArrayList<>(Arrays.asList(quickOptions(s_trainingFile, "-epochs", "30")));
    int at = options.indexOf(name);
    if (at >= 0) {
      options.set(at + 1, value);
    } else {
      options.add(name);
      options.add(value);
    }
    return options.toArray(new String[0]);
  }

  @Test
  void anUnknownClassValueIsRefusedBeforeTraining() {
    refusedBeforeTraining(java.util.regex.Pattern.compile("'NoSuchClass'"), with("-class-value", "NoSuchClass"), g -> { });
  }

  /** A clear message for -n -5: it names the option (-n, or the property numExamples) and the value. */
  private static final java.util.regex.Pattern NEGATIVE_N =
    java.util.regex.Pattern.compile("(?s)(?=.*(^|[^\\w-])(-n|numExamples)\\b)(?=.*-5\\b)");

  @Test
  void aNegativeNumberOfRowsIsRefusedBeforeTraining() {
    refusedBeforeTraining(NEGATIVE_N, with("-n", "-5"), g -> { });
  }

  @Test
  void aNegativeNumberOfRowsSetAsAPropertyIsRefusedBeforeTraining() {
    refusedBeforeTraining(NEGATIVE_N, with("-epochs", "30"), g -> g.setNumExamples(-5));
  }
}
