package weka.autoencoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.FileReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import weka.core.Instances;

/**
 * The variational filter and generator from an installed package, in separate Weka JVMs: the generator's command
 * line (header, count), a model saved by one JVM and used by another, the error for a missing training file, and
 * the filter through Weka's package class loader.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VariationalInstallIT {

  /** Deleted when the tests pass, kept for a look when one fails: it holds an installed package (about 350 MB). */
  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  static Path s_work;
  private static WekaProcess s_weka;

  @BeforeAll
  static void install() throws Exception {
    s_weka = WekaProcess.withPackageInstalled(s_work);
  }

  private static String diabetes() {
    return Paths.get(TestData.datasetsDir(), "diabetes.arff").toAbsolutePath().toString();
  }

  @Test
  @Order(1)
  void theGeneratorWritesAHeaderAndSavesAModelThatAnotherJvmUsesToTheSameEffect() throws Exception {
    Path model = s_work.resolve("diabetes.vae");
    Path first = s_work.resolve("first.arff");
    WekaProcess.Result trained = s_weka.run(300, "weka.Run", ".VariationalAutoencoderGenerator", "-training-file",
      diabetes(), "-n", "40", "-S", "3", "-epochs", "3", "-hidden", "16", "-code-size", "2", "-save-model",
      model.toString(), "-o", first.toString());
    assertEquals(0, trained.exitCode, trained.output);
    assertTrue(trained.output.contains("VariationalAutoencoderGenerator: epoch 1/3"), trained.output);
    String text = new String(Files.readAllBytes(first), StandardCharsets.UTF_8);
    assertTrue(text.contains("@relation pima_diabetes") && text.contains("@attribute class"), text);
    Instances generated = read(first);
    assertEquals(40, generated.numInstances());
    assertTrue(Files.size(model) > 1000);

    Path second = s_work.resolve("second.arff");
    WekaProcess.Result loaded = s_weka.run(300, "weka.Run", ".VariationalAutoencoderGenerator", "-model",
      model.toString(), "-n", "40", "-S", "3", "-o", second.toString());
    assertEquals(0, loaded.exitCode, loaded.output);
    assertFalse(loaded.output.contains("epoch 1/"), "no training with -model:\n" + loaded.output);
    assertEquals(dataLines(first), dataLines(second), "same model and seed, same instances");
  }

  @Test
  @Order(2)
  void aMissingTrainingFileIsReportedPlainly() throws Exception {
    WekaProcess.Result run = s_weka.run(120, "weka.Run", ".VariationalAutoencoderGenerator", "-n", "5");
    assertTrue(run.output.contains("no training file") && run.output.contains("-training-file"), run.output);
    assertFalse(run.output.contains("at org.nd4j"), run.output);
  }

  @Test
  @Order(3)
  void theFilterRunsFromTheInstalledPackage() throws Exception {
    Path train = TestData.saveArff(TestData.mnist(300), s_work.resolve("digits.arff"));
    Path out = s_work.resolve("codes.arff");
    WekaProcess.Result run = s_weka.run(300, "weka.Run", ".VariationalAutoencoder", "-i", train.toString(), "-o",
      out.toString(), "-c", "last", "-code-size", "5", "-epochs", "2", "-code-output", "mean-and-variance",
      "-error-attribute");
    assertEquals(0, run.exitCode, run.output);
    Instances codes = read(out);
    assertEquals(300, codes.numInstances());
    assertEquals(5 + 5 + 1 + 1, codes.numAttributes());
    assertEquals("digit", codes.attribute(10).name());
  }

  private static String dataLines(Path arff) throws Exception {
    String text = new String(Files.readAllBytes(arff), StandardCharsets.UTF_8);
    return text.substring(text.indexOf("@data"));
  }

  private static Instances read(Path file) throws Exception {
    try (BufferedReader reader = new BufferedReader(new FileReader(file.toFile()))) {
      return new Instances(reader);
    }
  }
}
