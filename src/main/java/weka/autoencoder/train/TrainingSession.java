package weka.autoencoder.train;

import java.io.File;

import weka.autoencoder.filter.LoggingProgress;
import weka.autoencoder.gui.ProgressWindow;
import weka.autoencoder.model.Model;
import weka.autoencoder.nd4j.Nd4jBoundary;
import weka.autoencoder.nd4j.OutOfMemoryAdvice;
import weka.autoencoder.plot.TrainingPlots;

/**
 * One training run as a Weka user sees it, the same for every filter and the generator: a line per epoch on the
 * console and in Weka's log, a window with a Stop button while a Weka GUI is showing, and afterwards the loss plot
 * when a plot folder is set. Extra listeners (a test, a KnowledgeFlow step) can follow along.
 *
 * <p>It is also where every run's failures get their user-facing words: a plot folder that cannot be written is
 * refused before training starts (not after it, throwing the result away), a diverged run ends in an error with
 * {@link DivergenceAdvice}, and running out of Java or native memory anywhere says which limit to raise.
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
  private DivergenceAdvice m_advice;

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
   * @param advice what to tell the user when training diverges
   * @return this session
   */
  public TrainingSession withAdvice(DivergenceAdvice advice) {
    m_advice = advice;
    return this;
  }

  /**
   * Runs the training with progress shown and the loss plot written afterwards.
   *
   * @return the trained model
   * @throws Exception what the training throws; {@link TrainingStoppedException} when the user pressed Stop; an
   *         IllegalArgumentException saying what to change when the plot folder is unusable or training diverged;
   *         an Exception naming the memory limit when memory ran out
   */
  public <M extends Model> M run(Training<M> training) throws Exception {
    checkPlotDirectory();
    Nd4jBoundary.warmUp();
    ProgressWindow window = ProgressWindow.openIfGuiIsShowing(m_name);
    M model;
    try {
      model = training.train(new ProgressListeners(new LoggingProgress(m_name, System.err), window, m_extra));
    } catch (TrainingDivergedException e) {
      throw new IllegalArgumentException(m_name + ": " + e.getMessage() + ", so the network's output would be "
        + "NaN or infinite and nothing was output. " + (m_advice == null ? "Lower -learning-rate." : m_advice.text()),
        e);
    } catch (Exception | OutOfMemoryError e) {
      Exception memory = OutOfMemoryAdvice.translate(e, m_name);
      if (memory != null) {
        throw memory;
      }
      throw e;
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

  /** Makes the plot folder now, so a path that cannot be one fails before training rather than after it. */
  private void checkPlotDirectory() {
    if (m_plotDirectory == null || m_plotDirectory.getPath().trim().isEmpty()) {
      return;
    }
    if (m_plotDirectory.exists() && !m_plotDirectory.isDirectory()) {
      throw new IllegalArgumentException(m_name + ": -plot-directory " + m_plotDirectory + " is a file, not a "
        + "folder: give a folder for the pictures (it is made if missing), or leave the option empty.");
    }
    if (!m_plotDirectory.isDirectory() && !m_plotDirectory.mkdirs()) {
      throw new IllegalArgumentException(m_name + ": could not make the -plot-directory folder " + m_plotDirectory
        + ": check the path and that you may write there.");
    }
    if (!m_plotDirectory.canWrite()) {
      throw new IllegalArgumentException(m_name + ": cannot write into -plot-directory " + m_plotDirectory
        + ": choose a folder you may write to.");
    }
  }

  /** @return where pictures of this training go, or null when no plot folder is set */
  public TrainingPlots plots() {
    if (m_plotDirectory == null || m_plotDirectory.getPath().trim().isEmpty()) {
      return null;
    }
    return new TrainingPlots(m_plotDirectory, m_name + "-");
  }
}
