package weka.autoencoder.generate;

import java.util.Arrays;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Maps every decoded numeric value v to F_train^-1(F_model(v)): its quantile among values the model decodes is
 * replaced by the same quantile of the training values (per class for a class-conditional model, when the class has
 * at least {@value #MIN_CLASS_VALUES} training values, else over all rows). The map is monotone, so the ranks and
 * hence the dependence between columns that the network learnt are kept, while each column's distribution becomes
 * the training one: spikes (e.g. the many zeros of a column that is 0 where a measurement was not taken), skew and
 * several modes, which a Gaussian decoder smooths away. Quantiles are interpolated between neighbouring training
 * values, so values are not copied from single training rows. Fitted on a sample decoded from the model at the
 * temperature used, with its own random stream.
 */
public final class MarginalMatching {

  /** Fewer training values than this in a class: that class uses the quantiles over all rows. */
  static final int MIN_CLASS_VALUES = 5;
  /** Rows decoded per class (or in all, for an unconditional model) to estimate the model's quantiles. */
  public static final int SAMPLE_PER_GROUP = 500;

  private final int m_classIndex;
  /** [group][attribute] sorted values; group 0 = all rows, 1 + label = one class; null where not matched. */
  private final double[][][] m_model;
  private final double[][][] m_training;

  private MarginalMatching(int classIndex, double[][][] model, double[][][] training) {
    m_classIndex = classIndex;
    m_model = model;
    m_training = training;
  }

  /**
   * @param training the training rows (class index set when the model is class-conditional, else -1)
   * @param decoded rows decoded by the model ({@link GeneratorModel#decoded}); for a conditional model with the
   *        class label set
   * @param conditional whether groups are per class
   * @return the matching of every numeric attribute (other than a conditional model's class)
   */
  public static MarginalMatching fit(Instances training, double[][] decoded, boolean conditional) {
    int m = training.numAttributes();
    int classIndex = conditional ? training.classIndex() : -1;
    int groups = 1 + (conditional ? training.classAttribute().numValues() : 0);
    double[][][] model = new double[groups][m][];
    double[][][] real = new double[groups][m][];
    for (int a = 0; a < m; a++) {
      if (!training.attribute(a).isNumeric() || a == classIndex) {
        continue;
      }
      for (int g = 0; g < groups; g++) {
        int label = g - 1;
        double[] t = trainingValues(training, a, classIndex, label);
        double[] d = decodedValues(decoded, a, classIndex, label);
        if (t.length >= (g == 0 ? 1 : MIN_CLASS_VALUES) && d.length >= 2) {
          real[g][a] = t;
          model[g][a] = d;
        }
      }
    }
    return new MarginalMatching(classIndex, model, real);
  }

  private static double[] trainingValues(Instances training, int a, int classIndex, int label) {
    double[] values = new double[training.numInstances()];
    int n = 0;
    for (Instance instance : training) {
      if (!instance.isMissing(a) && (label < 0 || (!instance.isMissing(classIndex)
        && (int) instance.value(classIndex) == label))) {
        values[n++] = instance.value(a);
      }
    }
    double[] result = Arrays.copyOf(values, n);
    Arrays.sort(result);
    return result;
  }

  private static double[] decodedValues(double[][] decoded, int a, int classIndex, int label) {
    double[] values = new double[decoded.length];
    int n = 0;
    for (double[] row : decoded) {
      if (!Utils.isMissingValue(row[a]) && (label < 0 || (int) row[classIndex] == label)) {
        values[n++] = row[a];
      }
    }
    double[] result = Arrays.copyOf(values, n);
    Arrays.sort(result);
    return result;
  }

  /** Maps one decoded row's numeric values in place. */
  public void apply(double[] values) {
    int group = 0;
    if (m_classIndex >= 0 && !Utils.isMissingValue(values[m_classIndex])) {
      group = 1 + (int) values[m_classIndex];
    }
    for (int a = 0; a < values.length; a++) {
      if (Utils.isMissingValue(values[a])) {
        continue;
      }
      int g = m_model[group][a] != null ? group : 0;
      if (m_model[g][a] != null) {
        values[a] = quantile(m_training[g][a], rank(m_model[g][a], values[a]));
      }
    }
  }

  /** @return the position of {@code v} in sorted {@code sample}, in [0, 1], interpolated between neighbours */
  static double rank(double[] sample, double v) {
    int n = sample.length;
    if (v <= sample[0]) {
      return 0;
    }
    if (v >= sample[n - 1]) {
      return 1;
    }
    int i = Arrays.binarySearch(sample, v);
    if (i < 0) {
      i = -i - 2;
    } else {
      int last = i;
      while (last + 1 < n && sample[last + 1] == v) {
        last++;
      }
      while (i > 0 && sample[i - 1] == v) {
        i--;
      }
      return (i + last) / 2.0 / (n - 1);
    }
    double span = sample[i + 1] - sample[i];
    return (i + (span > 0 ? (v - sample[i]) / span : 0)) / (n - 1);
  }

  /** @return the {@code p} quantile of sorted {@code values}, interpolated between neighbours */
  static double quantile(double[] values, double p) {
    int n = values.length;
    if (n == 1) {
      return values[0];
    }
    double x = p * (n - 1);
    int j = (int) Math.floor(x);
    if (j >= n - 1) {
      return values[n - 1];
    }
    return values[j] + (x - j) * (values[j + 1] - values[j]);
  }
}
