package weka.autoencoder.filter;

import java.util.Collections;

import weka.autoencoder.variant.OutputHeader;
import weka.autoencoder.variant.OutputPlan;
import weka.autoencoder.variant.ScorePlan;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * The output header and instances of the recurrent autoencoder on text. With output = code the text attribute is
 * replaced in place by the code attributes and every other attribute, the class included, is kept; with output =
 * reconstruction the header is the input's and the text attribute holds the rebuilt text. The anomaly attributes
 * (score, then outlier flag and probability, which the filter fills in) come last. A missing document gives missing
 * codes, text and score.
 */
public final class TextOutput {

  private final Instances m_input;
  private final int m_text;
  private final OutputMode m_mode;
  private final int m_codeSize;
  private final ScorePlan m_scores;

  /**
   * @param input the input header
   * @param text index of the text attribute
   * @param mode code or reconstruction
   * @param codeSize number of code units
   * @param scores the anomaly attributes to append (no per-attribute errors for text)
   */
  public TextOutput(Instances input, int text, OutputMode mode, int codeSize, ScorePlan scores) {
    m_input = input;
    m_text = text;
    m_mode = mode;
    m_codeSize = codeSize;
    m_scores = scores;
  }

  /** @return the output header */
  public Instances header() {
    return OutputHeader.build(m_input, a -> m_mode == OutputMode.CODE && a == m_text,
      OutputPlan.numericAttributes(OutputPlan.codeNames(m_codeSize)), OutputHeader.Placement.IN_PLACE,
      m_mode == OutputMode.CODE, m_scores.attributes(Collections.emptyList()));
  }

  /**
   * @param original the input instance
   * @param missing true when its document was missing
   * @param code its code (used with output = code)
   * @param rebuilt its rebuilt text (used with output = reconstruction)
   * @param error its mean cross-entropy per token (used with the error attribute)
   * @param output the dataset the instance is for (receives the rebuilt string)
   * @return the output instance, with the original's weight
   */
  public Instance instance(Instance original, boolean missing, float[] code, String rebuilt, double error,
    Instances output) {
    double[] values = new double[output.numAttributes()];
    if (m_mode == OutputMode.RECONSTRUCTION) {
      for (int a = 0; a < m_input.numAttributes(); a++) {
        values[a] = original.value(a);
      }
      values[m_text] = missing ? Utils.missingValue() : output.attribute(m_text).addStringValue(rebuilt);
    } else {
      int out = 0;
      for (int a = 0; a < m_input.numAttributes(); a++) {
        if (a == m_text) {
          for (int i = 0; i < m_codeSize; i++) {
            values[out++] = missing ? Utils.missingValue() : code[i];
          }
        } else {
          values[out++] = original.value(a);
        }
      }
    }
    if (m_scores.any()) {
      java.util.Arrays.fill(values, values.length - m_scores.tail(), values.length, Utils.missingValue());
    }
    if (m_scores.score()) {
      values[m_scores.scoreIndex(values.length)] = missing ? Utils.missingValue() : error;
    }
    return new DenseInstance(original.weight(), values);
  }
}
