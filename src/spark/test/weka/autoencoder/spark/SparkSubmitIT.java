package weka.autoencoder.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Autoencoder;

/**
 * The job jar through Spark's own submit path, as {@code spark-submit} runs it: a JVM of its own with Spark's jars
 * (from Maven Central) on the class path, {@code org.apache.spark.deploy.SparkSubmit --master local[2] --class ...
 * job.jar train|score ...}. The trained model then filters in Weka in this JVM.
 */
class SparkSubmitIT {

  private static final class Run {
    final int exit;
    final String output;

    Run(int exit, String output) {
      this.exit = exit;
      this.output = output;
    }
  }

  private static Run submit(Path dir, String... job) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.addAll(Arrays.asList(System.getProperty("spark.java17.options").trim().split("\\s+")));
    command.add("-cp");
    command.add(new String(Files.readAllBytes(Paths.get(System.getProperty("spark.classpath.file"))),
      StandardCharsets.UTF_8).trim());
    command.add("org.apache.spark.deploy.SparkSubmit");
    command.addAll(Arrays.asList("--master", "local[2]", "--conf", "spark.ui.enabled=false", "--conf",
      "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1", "--class",
      "weka.autoencoder.spark.AutoencoderJob", System.getProperty("job.jar")));
    command.addAll(Arrays.asList(job));
    File log = dir.resolve("submit-" + job[0] + ".log").toFile();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    assertTrue(process.waitFor(10, TimeUnit.MINUTES), "spark-submit finished in time");
    return new Run(process.exitValue(), new String(Files.readAllBytes(log.toPath()), StandardCharsets.UTF_8));
  }

  @Test
  void theJobJarTrainsAndScoresThroughSparkSubmitAndItsModelFiltersInWeka(@TempDir Path dir) throws Exception {
    Instances data = SparkTestData.lowRank(2000, 0.01, 51);
    File[] files = SparkTestData.write(data, dir.toFile(), 2);
    File model = dir.resolve("submitted.model").toFile();
    Run train = submit(dir, "train", "-data", files[0].getPath(), "-header", files[1].getPath(), "-c", "last",
      "-filter", "DenoisingAutoencoder", "-save-model", model.getPath(), "-code-size", "3", "-hidden", "16",
      "-epochs", "3", "-batch-size", "32", "-validation-fraction", "0.1");
    assertEquals(0, train.exit, train.output);
    assertTrue(train.output.contains("DenoisingAutoencoder (Spark): epoch 3/3"), train.output);
    assertTrue(model.isFile(), train.output);

    File out = dir.resolve("scored").toFile();
    Run score = submit(dir, "score", "-data", SparkTestData.csvFiles(files[0]), "-header", files[1].getPath(),
      "-c", "last", "-filter", "DenoisingAutoencoder", "-model", model.getPath(), "-out", out.getPath(),
      "-output", "reconstruction", "-error-attribute");
    assertEquals(0, score.exit, score.output);
    Instances header = new Instances(Files.newBufferedReader(new File(out, ScoreJob.HEADER_FILE).toPath()));
    assertEquals(data.numAttributes() + 1, header.numAttributes(), "reconstruction plus the error attribute");
    assertEquals(data.numInstances(), SparkTestData.readScored(out, header).length);

    // Weka 'reads' the Spark-trained model file with its own DenoisingAutoencoder -model.
    weka.filters.unsupervised.attribute.DenoisingAutoencoder weka =
      new weka.filters.unsupervised.attribute.DenoisingAutoencoder();
    weka.setOptions(new String[] {"-model", model.getPath(), "-output", "code"});
    weka.setInputFormat(data);
    assertEquals(3 + 1, Filter.useFilter(data, weka).numAttributes(), "three codes and the class");

    // And a model of another filter is refused with one line naming it.
    Run wrong = submit(dir, "score", "-data", files[0].getPath(), "-header", files[1].getPath(), "-c", "last",
      "-filter", "Autoencoder", "-model", model.getPath(), "-out", dir.resolve("wrong").toString());
    assertEquals(1, wrong.exit, wrong.output);
    assertTrue(wrong.output.contains("AutoencoderJob: Autoencoder: " + model + " holds a model of "
      + "DenoisingAutoencoder, not of Autoencoder"), wrong.output);
    new Autoencoder(); // the Weka filters load beside Spark's classes in this JVM
  }
}
