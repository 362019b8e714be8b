package weka.autoencoder.spark;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.nd4j.linalg.api.ndarray.INDArray;

import weka.autoencoder.codec.EncodedBatch;
import weka.autoencoder.model.AutoencoderModel;
import weka.autoencoder.model.ReconstructionError;
import weka.autoencoder.nd4j.FloatMatrices;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Autoencoder;

/**
 * bench/run-spark.sh's measurement (not a test): the Spark job in local[2] against one Weka process on the same
 * rows and epochs. Rows: 50 numeric attributes of rank 10 plus noise. Network: Autoencoder -hidden 64 -code-size 10,
 * batch 64, Adam 0.001, no validation split. Prints one RESULT line per run: rows/s of the training loop, the mean
 * squared reconstruction error over all rows afterwards, and for Spark the averaging rounds and seconds per round.
 *
 * <p>Arguments: rows, epochs, averaging frequencies (comma-separated), working folder.
 */
public final class SparkBenchmark {

  private SparkBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int rows = Integer.parseInt(args[0]);
    int epochs = Integer.parseInt(args[1]);
    String[] frequencies = args[2].split(",");
    File dir = new File(args[3]);
    dir.mkdirs();
    Instances data = data(rows, 7);
    File csv = new File(dir, "csv");
    File header = new File(dir, "header.arff");
    write(data, csv, header, 4);
    String[] network = {"-code-size", "10", "-hidden", "64", "-epochs", "" + epochs, "-batch-size", "64",
      "-learning-rate", "0.001", "-validation-fraction", "0", "-S", "1"};
    System.out.printf(Locale.ROOT, "DATA rows=%d attributes=50 epochs=%d%n", rows, epochs);

    Autoencoder single = new Autoencoder();
    single.setOptions(network.clone());
    single.setInputFormat(data);
    Filter.useFilter(new Instances(data, 0, Math.min(rows, 100)), single); // warm-up: ND4J loaded before timing
    single = new Autoencoder();
    single.setOptions(network.clone());
    single.setInputFormat(data);
    long start = System.nanoTime();
    for (int i = 0; i < data.numInstances(); i++) {
      single.input(data.instance(i));
    }
    single.batchFinished();
    double singleSeconds = ((AutoencoderModel) single.getModel()).history().millis() / 1000.0;
    double singleLoss = loss((AutoencoderModel) single.getModel(), data);
    System.out.printf(Locale.ROOT, "RESULT single-process rows/s=%.0f loss=%.6f seconds=%.1f (wall %.1f)%n",
      rows * (double) epochs / singleSeconds, singleLoss, singleSeconds, (System.nanoTime() - start) / 1e9);

    for (String frequency : frequencies) {
      File model = new File(dir, "spark-" + frequency + ".model");
      List<String> job = new ArrayList<>(Arrays.asList("train", "-data", csv.getPath(), "-header",
        header.getPath(), "-averaging-frequency", frequency, "-save-model", model.getPath()));
      job.addAll(Arrays.asList(network));
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      long wall = System.nanoTime();
      TrainJob trained = (TrainJob) AutoencoderJob.run(SparkTestData.spark(), job.toArray(new String[0]),
        new PrintStream(log, true));
      double seconds = trained.training().seconds();
      long rounds = trained.training().rounds();
      double sparkLoss = loss(trained.model(), data);
      System.out.printf(Locale.ROOT, "RESULT spark-local[2] averaging-frequency=%s rows/s=%.0f loss=%.6f "
        + "seconds=%.1f rounds=%d seconds/round=%.4f loss/single=%.3f time/single=%.2f (job wall %.1f s with CSV "
        + "parsing and codec)%n", frequency, rows * (double) epochs / seconds, sparkLoss, seconds, rounds,
        seconds / rounds, sparkLoss / singleLoss, seconds / singleSeconds, (System.nanoTime() - wall) / 1e9);
    }
  }

  private static Instances data(int rows, long seed) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    for (int a = 0; a < 50; a++) {
      attributes.add(new Attribute("x" + a));
    }
    Instances data = new Instances("rank10", attributes, rows);
    Random random = new Random(seed);
    double[][] loadings = new double[10][50];
    for (double[] row : loadings) {
      for (int a = 0; a < 50; a++) {
        row[a] = random.nextGaussian();
      }
    }
    double[] z = new double[10];
    for (int i = 0; i < rows; i++) {
      for (int k = 0; k < 10; k++) {
        z[k] = random.nextGaussian();
      }
      double[] values = new double[50];
      for (int a = 0; a < 50; a++) {
        double v = 0.3 * random.nextGaussian();
        for (int k = 0; k < 10; k++) {
          v += z[k] * loadings[k][a];
        }
        values[a] = v;
      }
      data.add(new DenseInstance(1.0, values));
    }
    return data;
  }

  private static void write(Instances data, File csv, File header, int parts) throws Exception {
    csv.mkdirs();
    int per = (data.numInstances() + parts - 1) / parts;
    for (int p = 0; p < parts; p++) {
      try (BufferedWriter out = Files.newBufferedWriter(new File(csv, "part-" + p + ".csv").toPath(),
        StandardCharsets.UTF_8)) {
        for (int i = p * per; i < Math.min(data.numInstances(), (p + 1) * per); i++) {
          out.write(CsvRows.format(data.instance(i), data));
          out.newLine();
        }
      }
    }
    Files.write(header.toPath(), new Instances(data, 0).toString().getBytes(StandardCharsets.UTF_8));
  }

  /** @return mean squared reconstruction error over all rows, in chunks */
  private static double loss(AutoencoderModel model, Instances data) {
    double sum = 0;
    int chunk = 10_000;
    for (int from = 0; from < data.numInstances(); from += chunk) {
      int to = Math.min(data.numInstances(), from + chunk);
      EncodedBatch batch = model.codec().encode(data, from, to);
      INDArray rows = FloatMatrices.create(batch.values(), batch.rows(), batch.columns());
      sum += ReconstructionError.mean(rows, model.reconstruct(rows), null) * (to - from);
    }
    return sum / data.numInstances();
  }
}
