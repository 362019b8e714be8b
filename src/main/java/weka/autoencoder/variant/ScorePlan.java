package weka.autoencoder.variant;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import weka.autoencoder.options.AnomalyOptions;
import weka.autoencoder.options.AnomalyScore;
import weka.autoencoder.options.OutputOptions;
import weka.core.Attribute;

/**
 * Which anomaly attributes a filter appends, always last and in this order: {@code error_<attribute>} for each
 * attribute the network reads, the score ({@code reconstruction_error}), the {@code outlier} flag, the
 * {@code outlier_probability}; so the score stays last when it is alone, as before these options. A flag or a
 * probability brings the score with it, and then the score is the {@link AnomalyScore} asked for (named
 * {@code anomaly_score} unless it is the reconstruction error). The variants write the score and the per-attribute
 * errors; the flag and the probability are filled in by the filter from the training scores.
 */
public final class ScorePlan implements Serializable {

  private static final long serialVersionUID = 1L;

  /** No anomaly attributes. */
  public static final ScorePlan NONE = new ScorePlan(false, false, false, false);

  private final boolean m_score;
  private final boolean m_flag;
  private final boolean m_probability;
  private final boolean m_perAttribute;

  /** What the flag and probability rank by; null in plans saved before the option (the reconstruction error). */
  private final AnomalyScore m_kind;

  /** As {@link #ScorePlan(boolean, boolean, boolean, boolean, AnomalyScore)} ranking by the reconstruction error. */
  public ScorePlan(boolean score, boolean flag, boolean probability, boolean perAttribute) {
    this(score, flag, probability, perAttribute, AnomalyScore.RECONSTRUCTION);
  }

  /**
   * @param score append the anomaly score
   * @param flag append the outlier flag (and the score)
   * @param probability append the outlier probability (and the score)
   * @param perAttribute append one error per input attribute
   * @param kind what the score is when a flag or probability is appended (else the reconstruction error)
   */
  public ScorePlan(boolean score, boolean flag, boolean probability, boolean perAttribute, AnomalyScore kind) {
    m_score = score || flag || probability;
    m_flag = flag;
    m_probability = probability;
    m_perAttribute = perAttribute;
    m_kind = kind;
  }

  /** @return what the score attribute holds: the kind asked for with a flag or probability, else the error */
  public AnomalyScore kind() {
    return (m_flag || m_probability) && m_kind != null ? m_kind : AnomalyScore.RECONSTRUCTION;
  }

  /** @return true when the score needs the codes of the training rows (it is not the reconstruction error alone) */
  public boolean fromCodes() {
    return m_score && kind() != AnomalyScore.RECONSTRUCTION;
  }

  /** @return true when the score attribute is appended */
  public boolean score() {
    return m_score;
  }

  public boolean flag() {
    return m_flag;
  }

  public boolean probability() {
    return m_probability;
  }

  public boolean perAttribute() {
    return m_perAttribute;
  }

  /** @return true when anything is appended, so the model must rebuild its input */
  public boolean any() {
    return m_score || m_perAttribute;
  }

  /** @return number of attributes after the per-attribute errors: score, flag, probability */
  public int tail() {
    return (m_score ? 1 : 0) + (m_flag ? 1 : 0) + (m_probability ? 1 : 0);
  }

  /** @return index of the score in an output row of {@code numAttributes} values (the block is last) */
  public int scoreIndex(int numAttributes) {
    return numAttributes - tail();
  }

  /** @return index of the flag in an output row of {@code numAttributes} values (right after the score) */
  public int flagIndex(int numAttributes) {
    return numAttributes - tail() + 1;
  }

  /** @return index of the probability in an output row of {@code numAttributes} values (the last one) */
  public int probabilityIndex(int numAttributes) {
    return numAttributes - 1;
  }

  /** @return index of the first per-attribute error in an output row, with {@code inputs} of them */
  public int perAttributeIndex(int numAttributes, int inputs) {
    return numAttributes - tail() - inputs;
  }

  /** @return number of attributes in the block for a network that reads {@code inputs} attributes */
  public int width(int inputs) {
    return tail() + (m_perAttribute ? inputs : 0);
  }

  /**
   * @param inputNames the attributes the network reads, in the order the per-attribute errors are written
   * @return the block's attributes (names made unique later by {@link OutputHeader})
   */
  public List<Attribute> attributes(List<String> inputNames) {
    List<Attribute> attributes = new ArrayList<>();
    if (m_perAttribute) {
      for (String name : inputNames) {
        attributes.add(new Attribute(AnomalyOptions.ERROR_PREFIX + name));
      }
    }
    if (m_score) {
      attributes.add(new Attribute(fromCodes() ? AnomalyOptions.SCORE_NAME : OutputOptions.ERROR_ATTRIBUTE_NAME));
    }
    if (m_flag) {
      List<String> labels = new ArrayList<>();
      labels.add("no");
      labels.add("yes");
      attributes.add(new Attribute(AnomalyOptions.OUTLIER_NAME, labels));
    }
    if (m_probability) {
      attributes.add(new Attribute(AnomalyOptions.PROBABILITY_NAME));
    }
    return attributes;
  }
}
