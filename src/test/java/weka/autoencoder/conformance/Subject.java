package weka.autoencoder.conformance;

import java.util.concurrent.Callable;

import weka.autoencoder.TestOptions;
import weka.core.Instances;
import weka.filters.Filter;

/**
 * One filter configuration the conformance suite runs every test on: which filter, a quick option set (tiny
 * network, few epochs, one thread, no validation split), a set of non-default values for the option round trip,
 * and small training and test batches. Only Weka's public API is used on the filter.
 */
final class Subject {

  /** Epochs of the quick configuration: the progress test expects lines "epoch 1/EPOCHS" and "epoch EPOCHS/EPOCHS". */
  static final int EPOCHS = 3;

  private final String m_name;
  private final Class<? extends Filter> m_type;
  private final String[] m_quick;
  private final String[] m_nonDefault;
  private final Callable<Instances> m_train;
  private final Callable<Instances> m_test;
  private Instances m_trainData;
  private Instances m_testData;

  Subject(String name, Class<? extends Filter> type, String[] quick, String[] nonDefault, Callable<Instances> train,
    Callable<Instances> test) {
    m_name = name;
    m_type = type;
    m_quick = quick;
    m_nonDefault = nonDefault;
    m_train = train;
    m_test = test;
  }

  /** @return the filter's class name, which is also the prefix of its progress lines */
  String simpleName() {
    return m_type.getSimpleName();
  }

  Class<? extends Filter> type() {
    return m_type;
  }

  /** @return a filter with its default options */
  Filter fresh() throws Exception {
    return m_type.getDeclaredConstructor().newInstance();
  }

  /** @return the quick configuration's options, {@code extra} laid over them (see {@link TestOptions#merged}) */
  String[] quickOptions(String... extra) {
    return TestOptions.merged(m_quick, extra);
  }

  /** @return a filter with the quick configuration and {@code extra} options */
  Filter quick(String... extra) throws Exception {
    Filter filter = fresh();
    ((weka.core.OptionHandler) filter).setOptions(quickOptions(extra));
    return filter;
  }

  /** @return options that give every option of the filter a value other than its default */
  String[] nonDefaultOptions() {
    return m_nonDefault.clone();
  }

  /** @return a copy of the training batch */
  synchronized Instances train() throws Exception {
    if (m_trainData == null) {
      m_trainData = m_train.call();
    }
    return new Instances(m_trainData);
  }

  /** @return a copy of the test batch (other rows than the training batch, same header) */
  synchronized Instances test() throws Exception {
    if (m_testData == null) {
      m_testData = m_test.call();
    }
    return new Instances(m_testData);
  }

  @Override
  public String toString() {
    return m_name;
  }
}
