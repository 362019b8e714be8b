package weka.datagenerators.classifiers.classification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import weka.autoencoder.TestData;
import weka.autoencoder.TestOptions;
import weka.autoencoder.train.EpochReport;
import weka.autoencoder.train.ProgressListener;
import weka.core.Instances;
import weka.core.SerializedObject;

/**
 * The generator on the shared option sheet and training session: options that depend on the data are checked
 * before any epoch runs, Stop leaves nothing generated, the loss plot, the Explorer's event thread, option round
 * trips and a model file saved before this version.
 */
class VariationalAutoencoderGeneratorSessionTest {

  private static final String DIABETES = TestData.datasetsDir() + "/diabetes.arff";
  private static final String EPOCH_LINE = "VariationalAutoencoderGenerator: epoch ";

  /** A fast configuration, as in VariationalAutoencoderGeneratorTest. */
  private static VariationalAutoencoderGenerator quick(String... extra) throws Exception {
    List<String> options = Arrays.asList("-epochs", "3", "-hidden", "16", "-code-size", "2", "-threads", "1", "-S",
      "1", "-n", "50");
    VariationalAutoencoderGenerator generator = new VariationalAutoencoderGenerator();
    generator.setOptions(TestOptions.merged(options, extra));
    return generator;
  }

  /** Counts epochs, as a user watching the progress window would see them. */
  private static final class Epochs implements ProgressListener {
    final AtomicInteger m_count = new AtomicInteger();
    final AtomicReference<Thread> m_thread = new AtomicReference<>();

    @Override
    public void epochFinished(EpochReport report) {
      m_count.incrementAndGet();
      m_thread.set(Thread.currentThread());
    }

    @Override
    public void trainingFinished(String summary) {
    }
  }

  /**
   * Runs {@code defineDataFormat}, which must fail, within a few seconds (300 epochs would take far longer), with no epoch line on
   * standard error and no epoch reported.
   *
   * @return the failure's message
   */
  private static String failsBeforeTraining(VariationalAutoencoderGenerator generator) {
    Epochs epochs = new Epochs();
    generator.setProgressListener(epochs);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(err, true));
    Exception e;
    try {
      e = assertTimeout(Duration.ofSeconds(30), () -> assertThrows(Exception.class, generator::defineDataFormat));
    } finally {
      System.setErr(original);
    }
    String printed = new String(err.toByteArray(), StandardCharsets.UTF_8);
    assertFalse(printed.contains(EPOCH_LINE), printed);
    assertEquals(0, epochs.m_count.get(), "no epoch may run");
    return e.getMessage();
  }

  @Test
  void optionsThatDependOnTheDataAreCheckedBeforeAnyEpoch(@TempDir Path dir) throws Exception {
    String message = failsBeforeTraining(quick("-training-file", DIABETES, "-epochs", "300", "-class-value",
      "NoSuchClass"));
    assertTrue(message.contains("'NoSuchClass'") && message.contains("tested_negative, tested_positive"), message);

    message = failsBeforeTraining(quick("-training-file", DIABETES, "-epochs", "300", "-class-index", "8",
      "-class-value", "tested_positive"));
    assertTrue(message.contains("-class-value needs a nominal class") && message.contains("'age'"), message);

    message = failsBeforeTraining(quick("-training-file", DIABETES, "-epochs", "300", "-class-index", "10"));
    assertTrue(message.contains("-class-index") && message.contains("from 1 to 9"), message);

    message = failsBeforeTraining(quick("-training-file", DIABETES, "-epochs", "300", "-width", "3", "-height",
      "3", "-montage", dir.resolve("m.png").toString()));
    assertTrue(message.contains("9 numeric pixel attributes") && message.contains("only 8"), message);
    assertFalse(dir.resolve("m.png").toFile().exists());
  }

  @Test
  void aCountBelowOneAndABadClassIndexAreRejectedWhenSet() throws Exception {
    VariationalAutoencoderGenerator generator = new VariationalAutoencoderGenerator();
    Exception negative = assertThrows(Exception.class,
      () -> generator.setOptions(new String[] {"-training-file", DIABETES, "-n", "-5"}));
    assertTrue(negative.getMessage().contains("-n must be at least 1"), negative.getMessage());
    Exception word = assertThrows(Exception.class, () -> generator.setOptions(new String[] {"-n", "many"}));
    assertTrue(word.getMessage().contains("-n needs a whole number"), word.getMessage());
    assertThrows(IllegalArgumentException.class, () -> generator.setNumExamples(0));
    assertEquals(100, generator.getNumExamples(), "a rejected count leaves the old one");
    Exception index = assertThrows(Exception.class, () -> quick("-class-index", "second"));
    assertTrue(index.getMessage().contains("-class-index must be first, last, none"), index.getMessage());
  }

  @Test
  void plotDirectoryGetsTheLossCurve(@TempDir Path dir) throws Exception {
    File plots = dir.resolve("plots").toFile();
    quick("-training-file", DIABETES, "-plot-directory", plots.getPath()).defineDataFormat();
    BufferedImage loss = ImageIO.read(new File(plots, "VariationalAutoencoderGenerator-loss.png"));
    assertNotNull(loss);
    assertTrue(loss.getWidth() > 100 && loss.getHeight() > 100);
  }

  @Test
  void stopEndsWithAClearErrorAndNothingGenerated(@TempDir Path dir) throws Exception {
    File model = dir.resolve("stopped.vae").toFile();
    VariationalAutoencoderGenerator generator = quick("-training-file", DIABETES, "-epochs", "50", "-save-model",
      model.getPath());
    generator.setNumExamples(5);
    generator.setEpochs(1);
    generator.defineDataFormat();
    assertEquals(5, generator.generateExamples().numInstances());
    assertTrue(model.delete());
    generator.setEpochs(50);
    // The progress window's Stop button interrupts the training thread; do the same after the second epoch.
    generator.setProgressListener(new ProgressListener() {
      @Override
      public void epochFinished(EpochReport report) {
        if (report.epoch() == 2) {
          Thread.currentThread().interrupt();
        }
      }

      @Override
      public void trainingFinished(String summary) {
      }
    });
    Exception e;
    try {
      e = assertThrows(Exception.class, generator::defineDataFormat);
    } finally {
      Thread.interrupted();
    }
    assertTrue(e.getMessage().contains("stopped by the user") && e.getMessage().contains("nothing was generated"),
      e.getMessage());
    assertFalse(model.exists(), "no model saved");
    Exception none = assertThrows(Exception.class, generator::generateExamples);
    assertTrue(none.getMessage().contains("defineDataFormat"), "the earlier instances are gone: " + none);
    assertThrows(Exception.class, generator::generateExample);
    assertEquals("", generator.generateStart());
  }

  @Test
  void onTheEventThreadTrainingRunsBesideItToTheSameInstances() throws Exception {
    double[][] expected = TestData.values(generated(quick("-training-file", DIABETES)));
    VariationalAutoencoderGenerator generator = quick("-training-file", DIABETES);
    Epochs epochs = new Epochs();
    generator.setProgressListener(epochs);
    AtomicReference<Instances> result = new AtomicReference<>();
    AtomicReference<Exception> failure = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> {
      try {
        result.set(generated(generator));
      } catch (Exception e) {
        failure.set(e);
      }
    });
    if (failure.get() != null) {
      throw failure.get();
    }
    assertEquals(3, epochs.m_count.get());
    assertFalse(epochs.m_thread.get().getName().startsWith("AWT-EventQueue"), epochs.m_thread.get().getName());
    assertArrayEquals(expected, TestData.values(result.get()));
  }

  private static Instances generated(VariationalAutoencoderGenerator generator) throws Exception {
    generator.defineDataFormat();
    return generator.generateExamples();
  }

  @Test
  void optionsSurviveTheCommandLineAndTheGuisCopyUnchanged(@TempDir Path dir) throws Exception {
    VariationalAutoencoderGenerator defaults = new VariationalAutoencoderGenerator();
    String[] options = defaults.getOptions();
    assertEquals("-S 1 -n 100 -class-index last -temperature 1.0 -channels 1 -code-size 8 -hidden 128,64 "
      + "-activation relu -epochs 300 -batch-size 64 -learning-rate 0.001 -kl-weight 1.0 -kl-warmup 20 "
      + "-validation-fraction 0.0 -patience 20 -distribution auto -threads 0 -min-distance 0.01",
      String.join(" ", options), "the command line of saved scripts and flows (new options last)");
    assertRoundTrip(defaults);
    VariationalAutoencoderGenerator all = quick("-training-file", DIABETES, "-class-index", "first", "-save-model",
      dir.resolve("m.vae").toString(), "-class-value", "yes", "-temperature", "0.7", "-no-clip", "-width", "8",
      "-height", "8", "-channels", "3", "-montage", dir.resolve("m.png").toString(), "-activation", "tanh",
      "-kl-weight", "0.5", "-distribution", "bernoulli", "-plot-directory", dir.toString(), "-r", "synthetic");
    assertRoundTrip(all);
    VariationalAutoencoderGenerator copy = (VariationalAutoencoderGenerator) new SerializedObject(all).getObject();
    assertArrayEquals(all.getOptions(), copy.getOptions(), "the GUI copies generators by serialization");
    copy.setEpochs(7);
    assertEquals(7, copy.getEpochs());
    assertEquals("tanh", copy.getActivation().getSelectedTag().getReadable());
    assertEquals(dir.toFile(), copy.getPlotDirectory());
    Exception kl = assertThrows(IllegalArgumentException.class, () -> copy.setKlWeight(-1));
    assertTrue(kl.getMessage().contains("-kl-weight must be 0 or a positive number"), kl.getMessage());
  }

  private static void assertRoundTrip(VariationalAutoencoderGenerator generator) throws Exception {
    String[] options = generator.getOptions();
    VariationalAutoencoderGenerator copy = new VariationalAutoencoderGenerator();
    copy.setOptions(options.clone());
    assertArrayEquals(options, copy.getOptions());
  }

  @Test
  void aModelSavedBeforeTheseOptionsStillGenerates() throws Exception {
    // Saved with -save-model by the generator as of commit bd180a0 (-epochs 2 -hidden 4 -code-size 2 -S 1).
    URL saved = getClass().getResource("diabetes-v1.vae");
    String model = Paths.get(saved.toURI()).toString();
    VariationalAutoencoderGenerator generator = quick("-model", model, "-n", "5", "-S", "1");
    Instances generated = generated(generator);
    assertTrue(generated.equalHeaders(TestData.shipped("diabetes.arff")));
    String[] classes = new String[5];
    for (int i = 0; i < 5; i++) {
      classes[i] = generated.instance(i).stringValue(generated.classIndex());
    }
    // What that version generated from this file with -n 5 -S 1.
    assertArrayEquals(new String[] {"tested_positive", "tested_negative", "tested_negative", "tested_positive",
      "tested_negative"}, classes);
    assertEquals(642, generated.instance(0).value(4), 1);
    assertTrue(generator.generateStart().contains("trained on diabetes.arff"), generator.generateStart());
    Instances again = generated(quick("-model", model, "-n", "5", "-S", "1"));
    assertEquals(generated.toString(), again.toString(), "the same model and seed give the same instances");
  }
}
