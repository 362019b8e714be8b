package weka.autoencoder.spark;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Data and the Spark context for the Spark tests: one local[2] context per test JVM (no cluster), and rows of low
 * rank (three hidden factors behind eight numeric attributes, a nominal attribute following the first factor, a
 * nominal class), with some missing values, written as headerless CSV plus an ARFF header file.
 */
final class SparkTestData {

  private static JavaSparkContext s_spark;

  private SparkTestData() {
  }

  /** @return the shared local[2] context */
  static synchronized JavaSparkContext spark() {
    if (s_spark == null) {
      SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("autoencoders-spark-tests")
        .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1");
      s_spark = new JavaSparkContext(conf);
      Runtime.getRuntime().addShutdownHook(new Thread(s_spark::stop));
    }
    return s_spark;
  }

  /**
   * @param rows number of rows
   * @param missing share of numeric values left missing
   * @return the instances, class last
   */
  static Instances lowRank(int rows, double missing, long seed) {
    return lowRank(rows, missing, 0.05, seed);
  }

  /**
   * @param noise standard deviation of the noise added to each numeric value (the factors' part has sd about 5)
   * @return the instances, class last
   */
  static Instances lowRank(int rows, double missing, double noise, long seed) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    for (int a = 0; a < 8; a++) {
      attributes.add(new Attribute("x" + a));
    }
    attributes.add(new Attribute("colour", Arrays.asList("red", "green", "blue")));
    attributes.add(new Attribute("class", Arrays.asList("yes", "no")));
    Instances data = new Instances("lowrank", attributes, rows);
    data.setClassIndex(data.numAttributes() - 1);
    Random random = new Random(seed);
    double[][] loadings = new double[3][8];
    for (double[] row : loadings) {
      for (int a = 0; a < 8; a++) {
        row[a] = random.nextGaussian();
      }
    }
    for (int i = 0; i < rows; i++) {
      double[] z = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
      double[] values = new double[data.numAttributes()];
      for (int a = 0; a < 8; a++) {
        double v = 10 + 3 * (z[0] * loadings[0][a] + z[1] * loadings[1][a] + z[2] * loadings[2][a])
          + noise * random.nextGaussian();
        values[a] = random.nextDouble() < missing ? Utils.missingValue() : v;
      }
      values[8] = z[0] < -0.5 ? 0 : z[0] < 0.5 ? 1 : 2;
      values[9] = z[1] > 0 ? 0 : 1;
      data.add(new DenseInstance(1.0, values));
    }
    return data;
  }

  /**
   * Writes {@code data} as {@code parts} CSV files (no header line) in a folder, and its ARFF header.
   *
   * @return {csv folder, header file}
   * @see #csvFiles(File)
   */
  static File[] write(Instances data, File dir, int parts) throws IOException {
    File csv = new File(dir, "csv");
    csv.mkdirs();
    int per = (data.numInstances() + parts - 1) / parts;
    for (int p = 0; p < parts; p++) {
      List<String> lines = new ArrayList<>();
      for (int i = p * per; i < Math.min(data.numInstances(), (p + 1) * per); i++) {
        lines.add(CsvRows.format(data.instance(i), data));
      }
      Files.write(new File(csv, String.format("part-%03d.csv", p)).toPath(), lines, StandardCharsets.UTF_8);
    }
    File header = new File(dir, "header.arff");
    Files.write(header.toPath(), new Instances(data, 0).toString().getBytes(StandardCharsets.UTF_8));
    return new File[] {csv, header};
  }

  /**
   * @return the CSV files of a folder as one comma-separated -data value, in name order: Spark reads the files
   *         of a folder in the order the file system lists them, which need not be the order of the rows
   */
  static String csvFiles(File folder) {
    File[] files = folder.listFiles((d, name) -> name.endsWith(".csv"));
    Arrays.sort(files);
    List<String> paths = new ArrayList<>();
    for (File f : files) {
      paths.add(f.getPath());
    }
    return String.join(",", paths);
  }

  /** @return the rows of scored CSV part files in a folder, in part order, as numbers (labels as indices) */
  static double[][] readScored(File folder, Instances header) throws IOException {
    File[] parts = folder.listFiles((d, name) -> name.startsWith("part-"));
    Arrays.sort(parts);
    CsvRows rows = new CsvRows(header);
    List<double[]> values = new ArrayList<>();
    for (File part : parts) {
      for (String line : Files.readAllLines(part.toPath(), StandardCharsets.UTF_8)) {
        Instance instance = rows.parse(line);
        if (instance != null) {
          values.add(instance.toDoubleArray());
        }
      }
    }
    return values.toArray(new double[0][]);
  }
}
