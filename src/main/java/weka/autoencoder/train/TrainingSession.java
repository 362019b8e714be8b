package weka.autoencoder.train;

import java.io.File;

import weka.autoencoder.filter.LoggingProgress;
import weka.autoencoder.gui.ProgressWindow;
import weka.autoencoder.model.Model;
import weka.autoencoder.plot.TrainingPlots;

/**
 * One training run as a Weka user sees it, the same for every filter and the generator: a line per epoch on the
 * console and in Weka's log, a window with a Stop button while a Weka GUI is showing, and afterwards the loss plot
 * when a plot folder is set. Extra listeners (a test, a KnowledgeFlow step) can follow along.
 */
public final class TrainingSession {

  /** The training itself, reporting to the listener it is given. */
  @FunctionalInterface
  public interface Training<M extends Model> {
    M train(ProgressListener progress) throws Exception;
  }

  private final String m_name;
  private final File m_plotDirectory;
  private final ProgressListener m_extra;

  /**
   * @param name what trains, e.g. "Autoencoder": the prefix of every progress line and the window title
   * @param plotDirectory where to write the loss plot; empty or null for none
   * @param extra another listener to notify, or null
   */
  public TrainingSession(String name, File plotDirectory, ProgressListener extra) {
    m_name = name;
    m_plotDirectory = plotDirectory;
    m_extra = extra;
  }

  /**
   * Runs the training with progress shown and the loss plot written afterwards.
   *
   * @return the trained model
   * @throws Exception what the training throws; {@link TrainingStoppedException} when the user pressed Stop
   */
  public <M extends Model> M run(Training<M> training) throws Exception {
    ProgressWindow window = ProgressWindow.openIfGuiIsShowing(m_name);
    M model;
    try {
      model = training.train(new ProgressListeners(new LoggingProgress(m_name, System.err), window, m_extra));
    } finally {
      if (window != null) {
        window.close();
      }
    }
    TrainingPlots plots = plots();
    if (plots != null) {
      File loss = plots.writeLoss(model.history(), m_name + ": reconstruction loss per epoch");
      System.err.println(m_name + ": wrote " + loss);
    }
    return model;
  }

  /** @return where pictures of this training go, or null when no plot folder is set */
  public TrainingPlots plots() {
    if (m_plotDirectory == null || m_plotDirectory.getPath().trim().isEmpty()) {
      return null;
    }
    return new TrainingPlots(m_plotDirectory, m_name + "-");
  }
}
