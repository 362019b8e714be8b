package weka.autoencoder.generate;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileReader;
import java.util.Locale;

import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;

/**
 * Reads the data a generator imitates, with its class attribute from {@code -class-index}, and checks that it can be
 * modelled. This happens before any training, so a wrong file, index or attribute type is reported at once rather
 * than after the epochs have run.
 */
public final class TrainingFile {

  private TrainingFile() {
  }

  /**
   * @param file an ARFF file, or any format Weka's converters read
   * @param classIndex the {@code -class-index} value ({@link ClassIndex})
   * @param who the generator's name, to start messages with
   * @return the instances, class index set (-1 for none)
   * @throws IllegalArgumentException naming the file and what to change
   */
  public static Instances read(File file, String classIndex, String who) {
    if (!file.isFile()) {
      throw new IllegalArgumentException(who + ": the training file " + file + " does not exist.");
    }
    Instances data;
    try {
      data = file.getName().toLowerCase(Locale.ROOT).endsWith(".arff") ? readArff(file)
        : DataSource.read(file.getPath());
    } catch (Exception e) {
      throw new IllegalArgumentException(who + ": cannot read the training file " + file + ": " + e.getMessage(), e);
    }
    try {
      data.setClassIndex(ClassIndex.resolve(classIndex, data.numAttributes(), file.getName()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(who + ": " + e.getMessage(), e);
    }
    GeneratorModel.checkHeader(data, who);
    if (data.numInstances() == 0) {
      throw new IllegalArgumentException(who + ": the training file " + file + " has no instances.");
    }
    return data;
  }

  /** ARFF directly (the usual case), so its exact header is kept. */
  private static Instances readArff(File file) throws Exception {
    try (BufferedReader reader = new BufferedReader(new FileReader(file))) {
      return new Instances(reader);
    }
  }
}
