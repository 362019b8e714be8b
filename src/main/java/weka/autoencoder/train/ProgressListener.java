package weka.autoencoder.train;

/** Receives training progress; implementations show it to the user. */
public interface ProgressListener {

  /** Called after every epoch. */
  void epochFinished(EpochReport report);

  /** Called once when training ends, with a one-line summary. */
  void trainingFinished(String summary);

  /**
   * Called when training goes on but the user should know something about the data or the options, e.g. that no
   * row was held out for early stopping. Ignored unless a listener shows it.
   *
   * @param message one sentence that says what and what to change, without the trainer's name
   */
  default void warning(String message) {
  }

  /** A listener that ignores everything. */
  ProgressListener SILENT = new ProgressListener() {
    @Override
    public void epochFinished(EpochReport report) {
    }

    @Override
    public void trainingFinished(String summary) {
    }
  };
}
