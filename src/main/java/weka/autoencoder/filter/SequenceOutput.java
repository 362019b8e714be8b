package weka.autoencoder.filter;

import weka.autoencoder.codec.SequenceLayout;
import weka.autoencoder.variant.OutputHeader;
import weka.autoencoder.variant.OutputPlan;
import weka.autoencoder.variant.ScorePlan;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * The output header and instances of the recurrent autoencoder. With output = code the sequence (the relational
 * attribute, or the block of sequence attributes) is replaced in place by the code attributes and every other
 * attribute, the class included, is kept where it was; with output = reconstruction the header is the input's and only
 * the sequence's values are replaced. The anomaly attributes, when asked for, come last.
 */
public final class SequenceOutput {

  private final Instances m_input;
  private final SequenceLayout m_layout;
  private final OutputMode m_mode;
  private final int m_codeSize;
  private final ScorePlan m_scores;

  /**
   * @param input the input header
   * @param layout where the sequence is
   * @param mode code or reconstruction
   * @param codeSize number of code units
   * @param scores the anomaly attributes to append (per-attribute errors are per channel of the sequence)
   */
  public SequenceOutput(Instances input, SequenceLayout layout, OutputMode mode, int codeSize, ScorePlan scores) {
    m_input = input;
    m_layout = layout;
    m_mode = mode;
    m_codeSize = codeSize;
    m_scores = scores;
  }

  /** @return the output header: the sequence replaced in place by the codes, or the input header */
  public Instances header() {
    return OutputHeader.build(m_input, a -> m_mode == OutputMode.CODE && m_layout.holds(a),
      OutputPlan.numericAttributes(OutputPlan.codeNames(m_codeSize)), OutputHeader.Placement.IN_PLACE,
      m_mode == OutputMode.CODE, m_scores.attributes(m_layout.errorNames()));
  }

  /**
   * @param original the input instance
   * @param code its code (used with output = code)
   * @param rebuilt its rebuilt time steps (used with output = reconstruction)
   * @param scores its anomaly attributes' values, in {@link ScorePlan} order (null without any)
   * @param output the dataset the instance is for (receives a rebuilt relational value)
   * @return the output instance, with the original's weight
   */
  public Instance instance(Instance original, float[] code, Instances rebuilt, double[] scores, Instances output) {
    double[] values = new double[output.numAttributes()];
    if (m_mode == OutputMode.RECONSTRUCTION) {
      for (int a = 0; a < m_input.numAttributes(); a++) {
        values[a] = original.value(a);
      }
      m_layout.write(rebuilt, values, output);
    } else {
      int out = 0;
      boolean codesAdded = false;
      for (int a = 0; a < m_input.numAttributes(); a++) {
        if (m_layout.holds(a)) {
          if (!codesAdded) {
            for (int i = 0; i < m_codeSize; i++) {
              values[out++] = code[i];
            }
            codesAdded = true;
          }
        } else {
          values[out++] = original.value(a);
        }
      }
    }
    if (scores != null) {
      System.arraycopy(scores, 0, values, values.length - scores.length, scores.length);
    }
    return new DenseInstance(original.weight(), values);
  }
}
