package weka.datagenerators.classifiers.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import weka.autoencoder.TestData;
import weka.autoencoder.TestOptions;
import weka.autoencoder.train.EpochReport;
import weka.autoencoder.train.ProgressListener;
import weka.core.Instances;

/**
 * The generator's side of the bad-input cases: data it cannot scale, a model file it cannot write or read, and a
 * plot folder that is a file, each refused before training (no epoch runs) with a message that says what to change.
 */
class GeneratorBadInputTest {

  private static final String DIABETES = TestData.datasetsDir() + "/diabetes.arff";

  private final AtomicInteger m_epochs = new AtomicInteger();

  private VariationalAutoencoderGenerator quick(String... extra) throws Exception {
    VariationalAutoencoderGenerator generator = new VariationalAutoencoderGenerator();
    generator.setOptions(TestOptions.merged(Arrays.asList("-epochs", "2", "-hidden", "8", "-code-size", "2",
      "-threads", "1", "-n", "50"), extra));
    generator.setProgressListener(new ProgressListener() {
      @Override
      public void epochFinished(EpochReport report) {
        m_epochs.incrementAndGet();
      }

      @Override
      public void trainingFinished(String summary) {
      }
    });
    return generator;
  }

  private String message(VariationalAutoencoderGenerator generator) {
    Exception e = assertThrows(Exception.class, generator::defineDataFormat);
    return e.getMessage();
  }

  @Test
  void aColumnTooWideToScaleIsNamedInsteadOfGenerating1e308(@TempDir Path dir) throws Exception {
    Instances data = TestData.shipped("diabetes.arff");
    data.instance(0).setValue(0, 1e308);
    data.instance(1).setValue(0, -1e308);
    Path file = TestData.saveArff(data, dir.resolve("wide.arff"));
    String message = message(quick("-training-file", file.toString()));
    assertTrue(message.contains("Attribute '" + data.attribute(0).name() + "' ranges from -1.0E308 to 1.0E308")
      && message.contains("too wide a range to scale"), message);
  }

  @Test
  void aSaveModelFileThatCannotBeWrittenIsRefusedBeforeTraining(@TempDir Path dir) throws Exception {
    File unwritable = dir.resolve("no-such-folder").resolve("model.vae").toFile();
    String message = message(quick("-training-file", DIABETES, "-save-model", unwritable.getPath()));
    assertTrue(message.contains("cannot save the model to") && message.contains("does not exist"), message);
    assertEquals(0, m_epochs.get(), "checked before training");
  }

  @Test
  void aPlotDirectoryThatIsAFileIsRefusedBeforeTraining(@TempDir Path dir) throws Exception {
    Path file = Files.createFile(dir.resolve("plots"));
    String message = message(quick("-training-file", DIABETES, "-plot-directory", file.toString()));
    assertTrue(message.contains("is a file, not a folder"), message);
    assertEquals(0, m_epochs.get(), "checked before training");
  }

  @Test
  void aTruncatedModelFileSaysItIsDamaged(@TempDir Path dir) throws Exception {
    File model = dir.resolve("diabetes.vae").toFile();
    quick("-training-file", DIABETES, "-save-model", model.getPath()).defineDataFormat();
    byte[] whole = Files.readAllBytes(model.toPath());
    Files.write(model.toPath(), Arrays.copyOf(whole, whole.length / 2));
    String message = message(quick("-model", model.getPath()));
    assertTrue(message.contains("damaged or was written by an incompatible version"), message);
  }
}
