package weka.autoencoder.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

import weka.autoencoder.codec.EncodedBatch;
import weka.autoencoder.model.AutoencoderModel;
import weka.autoencoder.model.ReconstructionError;
import weka.autoencoder.nd4j.FloatMatrices;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Autoencoder;
import weka.filters.unsupervised.attribute.DenoisingAutoencoder;

/**
 * Training on Spark (local[2], parameter averaging) against training in one Weka process on the same rows and
 * epochs, and models moving from Spark into Weka: a Spark-trained model file loads in the Weka filter with -model and
 * gives the codes the Spark scoring job wrote, row for row.
 */
class SparkTrainingTest {

  private static final String[] NETWORK = {"-code-size", "3", "-hidden", "16", "-epochs", "25", "-batch-size", "32",
    "-learning-rate", "0.01", "-S", "3", "-validation-fraction", "0", "-threads", "1"};

  private static String[] join(String[] a, String... b) {
    List<String> all = new ArrayList<>(Arrays.asList(a));
    all.addAll(Arrays.asList(b));
    return all.toArray(new String[0]);
  }

  /** @return the model's mean squared reconstruction error over the observed entries of {@code data} */
  private static double loss(AutoencoderModel model, Instances data) {
    EncodedBatch batch = model.codec().encode(data);
    INDArray rows = FloatMatrices.create(batch.values(), batch.rows(), batch.columns());
    INDArray observed = FloatMatrices.create(batch.observed(), batch.rows(), batch.columns());
    return ReconstructionError.mean(rows, model.reconstruct(rows), observed);
  }

  @Test
  void sparkTrainingReachesTheSingleProcessLossAndItsModelGivesTheScoringJobsCodesInWeka(@TempDir Path dir)
    throws Exception {
    Instances data = SparkTestData.lowRank(4000, 0.02, 21);
    File[] files = SparkTestData.write(data, dir.toFile(), 2);
    File model = dir.resolve("spark.model").toFile();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    TrainJob job = (TrainJob) AutoencoderJob.run(SparkTestData.spark(), join(new String[] {"train", "-data",
      files[0].getPath(), "-header", files[1].getPath(), "-c", "last", "-filter", "Autoencoder",
      "-averaging-frequency", "2", "-save-model", model.getPath()}, NETWORK), new PrintStream(log, true));
    String progress = log.toString();
    assertTrue(progress.contains("Autoencoder (Spark): epoch 25/25"), progress);
    assertTrue(progress.contains("codec fitted on 4000 rows"), progress);
    assertTrue(model.isFile(), "model written");

    Autoencoder single = new Autoencoder();
    single.setOptions(NETWORK.clone());
    single.setInputFormat(data);
    Filter.useFilter(data, single);
    double singleLoss = loss((AutoencoderModel) single.getModel(), data);
    double sparkLoss = loss(job.model(), data);
    System.err.printf("reconstruction loss: single process %.5f, Spark local[2] %.5f (%.1f %%)%n", singleLoss,
      sparkLoss, 100 * (sparkLoss / singleLoss - 1));
    assertTrue(sparkLoss <= 1.10 * singleLoss, "Spark loss " + sparkLoss + " within 10 % of " + singleLoss);

    // Score on Spark, and filter the same rows in Weka with the Spark-trained model.
    File out = dir.resolve("codes").toFile();
    AutoencoderJob.run(SparkTestData.spark(), new String[] {"score", "-data", SparkTestData.csvFiles(files[0]),
      "-header",
      files[1].getPath(), "-c", "last", "-filter", "Autoencoder", "-model", model.getPath(), "-out",
      out.getPath(), "-error-attribute"}, new PrintStream(log, true));
    Autoencoder weka = new Autoencoder();
    weka.setOptions(new String[] {"-model", model.getPath(), "-error-attribute"});
    weka.setInputFormat(data);
    Instances codes = Filter.useFilter(data, weka);
    Instances outputHeader = TypedData.header(SparkTestData.spark(), new File(out, ScoreJob.HEADER_FILE).getPath(),
      "last");
    assertEquals(codes.numAttributes(), outputHeader.numAttributes());
    assertEquals("code_0", outputHeader.attribute(0).name());
    double[][] scored = SparkTestData.readScored(out, outputHeader);
    assertEquals(data.numInstances(), scored.length, "one output row per input row");
    // Equal up to the last bits of a float: the network's matrix products round differently for chunks of other
    // sizes (Spark filters each partition's chunks, Weka the whole data in chunks of 1024).
    double largest = 0;
    for (int i = 0; i < scored.length; i++) {
      double[] expected = codes.instance(i).toDoubleArray();
      for (int a = 0; a < expected.length; a++) {
        double difference = Math.abs(expected[a] - scored[i][a]);
        largest = Math.max(largest, difference);
        assertTrue(difference <= 1e-5 * Math.max(1, Math.abs(expected[a])), "row " + (i + 1) + ", "
          + outputHeader.attribute(a).name() + ": " + expected[a] + " in Weka, " + scored[i][a] + " on Spark");
      }
    }
    System.err.println("largest difference between Weka's and the Spark job's output: " + largest);
  }

  @Test
  void denoisingTrainsOnSparkWithEarlyStoppingAndLoadsInWeka(@TempDir Path dir) throws Exception {
    Instances data = SparkTestData.lowRank(1500, 0, 31);
    File[] files = SparkTestData.write(data, dir.toFile(), 3);
    File model = dir.resolve("denoising.model").toFile();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    TrainJob job = (TrainJob) AutoencoderJob.run(SparkTestData.spark(), new String[] {"train", "-data",
      files[0].getPath(), "-header", files[1].getPath(), "-c", "last", "-filter", "DenoisingAutoencoder",
      "-save-model", model.getPath(), "-code-size", "4", "-hidden", "16", "-epochs", "8", "-batch-size", "32",
      "-validation-fraction", "0.2", "-patience", "3", "-S", "5"}, new PrintStream(log, true));
    String progress = log.toString();
    assertTrue(progress.contains("DenoisingAutoencoder (Spark): epoch 1/8"), progress);
    assertTrue(progress.contains("validation "), progress);
    for (double v : job.model().history().validationLoss()) {
      assertFalse(Double.isNaN(v), "held-out loss each epoch: " + job.model().history().validationLoss());
    }
    int rows = job.model().history().trainingRows();
    assertTrue(rows > 1050 && rows < 1350, "about 80 % of the rows train: " + rows);

    DenoisingAutoencoder weka = new DenoisingAutoencoder();
    weka.setOptions(new String[] {"-model", model.getPath(), "-output", "reconstruction"});
    weka.setInputFormat(data);
    Instances rebuilt = Filter.useFilter(data, weka);
    assertEquals(data.numAttributes(), rebuilt.numAttributes(), "reconstruction keeps the header");
    assertEquals(data.numInstances(), rebuilt.numInstances());
  }

  @Test
  void wrongJobInputIsRefusedWithAMessageNamingIt(@TempDir Path dir) throws Exception {
    Instances data = SparkTestData.lowRank(50, 0, 41);
    File[] files = SparkTestData.write(data, dir.toFile(), 1);
    PrintStream log = new PrintStream(new ByteArrayOutputStream(), true);
    Exception e = assertThrows(Exception.class, () -> AutoencoderJob.run(SparkTestData.spark(), new String[] {
      "train", "-data", files[0].getPath(), "-header", files[1].getPath(), "-code-size", "2"}, log));
    assertTrue(AutoencoderJob.reason(e).contains("-save-model <file> is missing"), AutoencoderJob.reason(e));
    e = assertThrows(Exception.class, () -> AutoencoderJob.run(SparkTestData.spark(), new String[] {
      "train", "-data", files[0].getPath(), "-header", files[1].getPath(), "-filter", "RecurrentAutoencoder",
      "-save-model", dir.resolve("r.model").toString()}, log));
    assertTrue(AutoencoderJob.reason(e).contains("RecurrentAutoencoder"), AutoencoderJob.reason(e));
    e = assertThrows(Exception.class, () -> AutoencoderJob.run(SparkTestData.spark(), new String[] {
      "train", "-data", files[0].getPath(), "-header", files[1].getPath(), "-no-such-option", "3",
      "-save-model", dir.resolve("x.model").toString()}, log));
    assertTrue(AutoencoderJob.reason(e).contains("-no-such-option"), AutoencoderJob.reason(e));
  }
}
