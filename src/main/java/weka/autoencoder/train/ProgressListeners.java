package weka.autoencoder.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Sends progress to several listeners at once, e.g. the console and a GUI window. */
public final class ProgressListeners implements ProgressListener {

  private final List<ProgressListener> m_listeners;

  /** @param listeners listeners to notify; null entries are skipped */
  public ProgressListeners(ProgressListener... listeners) {
    m_listeners = new ArrayList<>();
    for (ProgressListener l : Arrays.asList(listeners)) {
      if (l != null) {
        m_listeners.add(l);
      }
    }
  }

  @Override
  public void epochFinished(EpochReport report) {
    for (ProgressListener l : m_listeners) {
      l.epochFinished(report);
    }
  }

  @Override
  public void warning(String message) {
    for (ProgressListener l : m_listeners) {
      l.warning(message);
    }
  }

  @Override
  public void trainingFinished(String summary) {
    for (ProgressListener l : m_listeners) {
      l.trainingFinished(summary);
    }
  }
}
