package weka.autoencoder.variant;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import weka.autoencoder.filter.OutputMode;
import weka.core.Attribute;

/** What a filter outputs: the code or the reconstruction, the names of the code attributes, the anomaly score. */
public final class OutputPlan implements Serializable {

  private static final long serialVersionUID = 1L;

  private final OutputMode m_mode;
  private final List<String> m_codeNames;
  private final boolean m_error;

  /**
   * @param mode code or reconstruction
   * @param codeNames one name per code value the model's encoder writes
   * @param error true to append the reconstruction error
   */
  public OutputPlan(OutputMode mode, List<String> codeNames, boolean error) {
    m_mode = mode;
    m_codeNames = Collections.unmodifiableList(new ArrayList<>(codeNames));
    m_error = error;
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

  public boolean error() {
    return m_error;
  }

  /** @return true when the model must rebuild its input: for the reconstruction, or to score it */
  public boolean needsReconstruction() {
    return m_mode == OutputMode.RECONSTRUCTION || m_error;
  }

  /** @return one numeric attribute per code value */
  public List<Attribute> codeAttributes() {
    return numericAttributes(m_codeNames);
  }

  public int codeWidth() {
    return m_codeNames.size();
  }
}
