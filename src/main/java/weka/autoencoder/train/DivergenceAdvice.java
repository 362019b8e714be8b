package weka.autoencoder.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import weka.autoencoder.codec.Normalization;
import weka.autoencoder.noise.NoNoise;
import weka.autoencoder.noise.NoiseModel;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * What to change after training diverged, worked out from the run's options and data before training, so the error
 * names the likely cause (a large learning rate, unscaled huge values, extreme instance weights, strong noise)
 * instead of leaving the user to guess. The same for every filter and the generator.
 */
public final class DivergenceAdvice {

  /** Above this, an unscaled value or a weight ratio is named as a likely cause. */
  private static final double LARGE = 1e6;

  private final List<String> m_hints = new ArrayList<>();

  private DivergenceAdvice() {
  }

  /**
   * @param data the training data
   * @param learningRate the -learning-rate option
   * @param normalization the -normalize option, or null when the variant has none (pixels, sequences scale
   *          their own way)
   * @param noise the -noise option, or null when the variant has none
   * @return the advice for this run
   */
  public static DivergenceAdvice forRun(Instances data, double learningRate, Normalization normalization,
    NoiseModel noise) {
    DivergenceAdvice advice = new DivergenceAdvice();
    advice.m_hints.add(String.format(Locale.ROOT, "lower -learning-rate (now %s; the default is 0.001)",
      Utils.doubleToString(learningRate, 6)));
    if (normalization == Normalization.NONE) {
      advice.largestUnscaled(data);
    }
    advice.weightRange(data);
    if (noise != null && !(noise instanceof NoNoise)) {
      advice.m_hints.add("check -noise (now \"" + noise.getClass().getSimpleName() + " "
        + Utils.joinOptions(noise.getOptions()) + "\"): noise far larger than the data swamps it");
    }
    return advice;
  }

  /** @return the hints as one sentence, e.g. "Lower -learning-rate (now 10; ...); or check -noise (...)." */
  public String text() {
    String joined = String.join("; or ", m_hints);
    return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ".";
  }

  /** Names the numeric input (a sequence's channel included) with the largest magnitude when it is large. */
  private void largestUnscaled(Instances data) {
    double[] largest = {0};
    String[] name = {null};
    scan(data, data.classIndex(), largest, name);
    if (largest[0] > LARGE) {
      m_hints.add("attribute '" + name[0] + "' reaches " + largest[0]
        + " and -normalize is none, so the network sees it unscaled: use -normalize minmax or standardize, or "
        + "rescale it first (e.g. the Normalize filter, or MathExpression with log(A))");
    }
  }

  private static void scan(Instances data, int classIndex, double[] largest, String[] name) {
    for (int i = 0; i < data.numInstances(); i++) {
      Instance instance = data.instance(i);
      for (int a = 0; a < data.numAttributes(); a++) {
        if (a == classIndex || instance.isMissing(a)) {
          continue;
        }
        if (data.attribute(a).isRelationValued()) {
          scan(instance.relationalValue(a), -1, largest, name);
        } else if (data.attribute(a).isNumeric() && Math.abs(instance.value(a)) > largest[0]) {
          largest[0] = Math.abs(instance.value(a));
          name[0] = data.attribute(a).name();
        }
      }
    }
  }

  private void weightRange(Instances data) {
    double low = Double.POSITIVE_INFINITY;
    double high = 0;
    for (int i = 0; i < data.numInstances(); i++) {
      double w = data.instance(i).weight();
      if (w > 0) {
        low = Math.min(low, w);
        high = Math.max(high, w);
      }
    }
    if (high > 0 && high / low > LARGE) {
      m_hints.add("check the instance weights, which range from " + low + " to " + high);
    }
  }
}
