package weka.autoencoder;

import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/** Small data sets for tests: the shipped files and made-up data with a known structure. */
public final class TestData {

  private TestData() {
  }

  /** @return the folder of the shipped datasets */
  public static String datasetsDir() {
    return System.getProperty("datasets.dir", "datasets");
  }

  /** @return a shipped dataset from datasets/, class set to the last attribute */
  public static Instances shipped(String name) throws Exception {
    String path = datasetsDir() + "/" + name;
    try (Reader r = name.endsWith(".gz")
      ? new InputStreamReader(new GZIPInputStream(new FileInputStream(path)), "UTF-8")
      : new InputStreamReader(new FileInputStream(path), "UTF-8")) {
      Instances data = new Instances(r);
      data.setClassIndex(data.numAttributes() - 1);
      return data;
    }
  }

  /** @return the first {@code n} rows of the shipped MNIST training sample */
  public static Instances mnist(int n) throws Exception {
    Instances all = shipped("mnist-train.arff.gz");
    return new Instances(all, 0, n);
  }

  /**
   * Rows that lie near a 2-D plane in 6 numeric dimensions (x = A z + noise), with a nominal attribute decided by the
   * sign of z0 and a nominal class: an autoencoder with two code units should rebuild them well.
   */
  public static Instances lowRank(int n, long seed) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    for (int j = 0; j < 6; j++) {
      attributes.add(new Attribute("x" + j));
    }
    attributes.add(new Attribute("side", Arrays.asList("left", "right")));
    attributes.add(new Attribute("class", Arrays.asList("a", "b", "c")));
    Instances data = new Instances("lowrank", attributes, n);
    data.setClassIndex(data.numAttributes() - 1);
    Random random = new Random(seed);
    double[][] a = {{1, 0}, {0, 1}, {1, 1}, {1, -1}, {2, 0.5}, {-0.5, 1.5}};
    for (int i = 0; i < n; i++) {
      double z0 = random.nextGaussian();
      double z1 = random.nextGaussian();
      double[] values = new double[8];
      for (int j = 0; j < 6; j++) {
        values[j] = 10 + 3 * (a[j][0] * z0 + a[j][1] * z1) + 0.05 * random.nextGaussian();
      }
      values[6] = z0 > 0 ? 1 : 0;
      values[7] = random.nextInt(3);
      data.add(new DenseInstance(1.0, values));
    }
    return data;
  }

  /** Writes {@code data} as an ARFF file and returns its path. */
  public static java.nio.file.Path saveArff(Instances data, java.nio.file.Path file) throws Exception {
    weka.core.converters.ArffSaver saver = new weka.core.converters.ArffSaver();
    saver.setInstances(data);
    saver.setFile(file.toFile());
    saver.writeBatch();
    return file;
  }

  /** @return every instance's values, as Weka stores them (class included), one row per instance */
  public static double[][] values(Instances data) {
    double[][] v = new double[data.numInstances()][];
    for (int i = 0; i < v.length; i++) {
      v[i] = data.instance(i).toDoubleArray();
    }
    return v;
  }
}
