package weka.autoencoder.train;

/** Receives training progress; implementations show it to the user. */
public interface ProgressListener {

  /** Called after every epoch. */
  void epochFinished(EpochReport report);

  /** Called once when training ends, with a one-line summary. */
  void trainingFinished(String summary);

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
