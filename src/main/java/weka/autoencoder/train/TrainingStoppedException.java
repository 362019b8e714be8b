package weka.autoencoder.train;

/** Thrown when the user stopped training (the thread was interrupted). */
public final class TrainingStoppedException extends Exception {

  private static final long serialVersionUID = 1L;

  TrainingStoppedException(int epoch) {
    super("Training was stopped by the user during epoch " + epoch + "; the filter is left untrained.");
  }
}
