package weka.autoencoder.filter;

import java.io.Serializable;

import weka.autoencoder.model.Model;
import weka.core.Instances;

/**
 * What {@code -save-model} writes for a filter, and what the Spark job writes for the filter to load: which filter
 * trained the model, its options then (so the same variant can be built again), the header it was trained on (to
 * check later input against), and the trained model itself.
 */
public final class SavedFilterModel implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String m_filterClass;
  private final String[] m_options;
  private final Instances m_header;
  private final Model m_model;

  /**
   * @param filterClass the filter's class name, e.g. weka.filters.unsupervised.attribute.Autoencoder
   * @param options the filter's own options when it trained (without -model and -save-model)
   * @param header the training header (rows are dropped)
   * @param model the trained model
   */
  public SavedFilterModel(String filterClass, String[] options, Instances header, Model model) {
    m_filterClass = filterClass;
    m_options = options.clone();
    m_header = new Instances(header, 0);
    m_model = model;
  }

  public String filterClass() {
    return m_filterClass;
  }

  /** @return a copy of the training options */
  public String[] options() {
    return m_options.clone();
  }

  /** @return the training header (no rows) */
  public Instances header() {
    return new Instances(m_header, 0);
  }

  public Model model() {
    return m_model;
  }
}
