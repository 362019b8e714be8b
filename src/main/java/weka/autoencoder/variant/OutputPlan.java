package weka.autoencoder.variant;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import weka.autoencoder.filter.OutputMode;
import weka.core.Attribute;

/**
 * What a filter outputs: the code or the reconstruction, the names of the code attributes, the anomaly attributes
 * ({@link ScorePlan}) and how often a row's imputed values are fed back through the network.
 */
public final class OutputPlan implements Serializable {

  private static final long serialVersionUID = 1L;

  private final OutputMode m_mode;
  private final List<String> m_codeNames;
  private final boolean m_error;
  /** Null in plans saved before the anomaly options: then {@link #m_error} alone says what is appended. */
  private final ScorePlan m_scores;
  private final int m_imputeRounds;

  /** Missing-value noise while training for imputation ({@link #imputeNoise}); 0 in plans saved before it. */
  private final double m_imputeNoise;

  /**
   * @param mode code or reconstruction
   * @param codeNames one name per code value the model's encoder writes
   * @param error true to append the reconstruction error
   */
  public OutputPlan(OutputMode mode, List<String> codeNames, boolean error) {
    this(mode, codeNames, new ScorePlan(error, false, false, false), 0);
  }

  /**
   * @param mode code or reconstruction
   * @param codeNames one name per code value the model's encoder writes
   * @param scores the anomaly attributes to append
   * @param imputeRounds how often imputed values are fed back through the network (0 = once through)
   */
  public OutputPlan(OutputMode mode, List<String> codeNames, ScorePlan scores, int imputeRounds) {
    this(mode, codeNames, scores, imputeRounds, 0);
  }

  /**
   * @param imputeNoise the probability of hiding each training value when training to impute (0 = off)
   * @see #imputeNoise
   */
  public OutputPlan(OutputMode mode, List<String> codeNames, ScorePlan scores, int imputeRounds,
    double imputeNoise) {
    m_imputeNoise = imputeNoise;
    m_mode = mode;
    m_codeNames = Collections.unmodifiableList(new ArrayList<>(codeNames));
    m_error = scores.score();
    m_scores = scores;
    m_imputeRounds = imputeRounds;
  }

  /** @return {@code code_0} to {@code code_(size-1)} */
  public static List<String> codeNames(int size) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      names.add("code_" + i);
    }
    return names;
  }

  /** @return one numeric attribute per name */
  public static List<Attribute> numericAttributes(List<String> names) {
    List<Attribute> attributes = new ArrayList<>();
    for (String name : names) {
      attributes.add(new Attribute(name));
    }
    return attributes;
  }

  public OutputMode mode() {
    return m_mode;
  }

  public boolean codes() {
    return m_mode == OutputMode.CODE;
  }

  /** @return true when the anomaly score is appended */
  public boolean error() {
    return scores().score();
  }

  /** @return the anomaly attributes appended after the output */
  public ScorePlan scores() {
    return m_scores != null ? m_scores : new ScorePlan(m_error, false, false, false);
  }

  /** @return rounds of feeding imputed values back through the network */
  public int imputeRounds() {
    return m_imputeRounds;
  }

  /**
   * @return the probability of hiding each training value as a missing one ({@code MissingValueNoise}) when the
   *         output is the reconstruction, the training data have missing values and no noise is set; 0 = off
   */
  public double imputeNoise() {
    return m_mode == OutputMode.RECONSTRUCTION ? m_imputeNoise : 0;
  }

  /** @return true when the model must rebuild its input: for the reconstruction, or to score it */
  public boolean needsReconstruction() {
    return m_mode == OutputMode.RECONSTRUCTION || scores().any();
  }

  /** @return one numeric attribute per code value */
  public List<Attribute> codeAttributes() {
    return numericAttributes(m_codeNames);
  }

  public int codeWidth() {
    return m_codeNames.size();
  }
}
