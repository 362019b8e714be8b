package weka.autoencoder.filter;

import weka.autoencoder.variant.OutputHeader;
import weka.autoencoder.variant.OutputPlan;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * The output header and instances of the recurrent autoencoder on text. With output = code the text attribute is
 * replaced in place by the code attributes and every other attribute, the class included, is kept; with output =
 * reconstruction the header is the input's and the text attribute holds the rebuilt text. The error attribute, when
 * asked for, comes last. A missing document gives missing codes, text and error.
 */
public final class TextOutput {

  private final Instances m_input;
  private final int m_text;
  private final OutputMode m_mode;
  private final int m_codeSize;
  private final boolean m_error;

  /**
   * @param input the input header
   * @param text index of the text attribute
   * @param mode code or reconstruction
   * @param codeSize number of code units
   * @param error true to append the reconstruction error
   */
  public TextOutput(Instances input, int text, OutputMode mode, int codeSize, boolean error) {
    m_input = input;
    m_text = text;
    m_mode = mode;
    m_codeSize = codeSize;
    m_error = error;
  }

  /** @return the output header */
  public Instances header() {
    return OutputHeader.build(m_input, a -> m_mode == OutputMode.CODE && a == m_text,
      OutputPlan.numericAttributes(OutputPlan.codeNames(m_codeSize)), OutputHeader.Placement.IN_PLACE,
      m_mode == OutputMode.CODE, m_error);
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
    if (m_error) {
      values[values.length - 1] = missing ? Utils.missingValue() : error;
    }
    return new DenseInstance(original.weight(), values);
  }
}
