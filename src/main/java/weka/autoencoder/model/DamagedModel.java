package weka.autoencoder.model;

import java.io.InvalidObjectException;

/**
 * The one message for a saved model that cannot be read back: a truncated or corrupted file, or one written by an
 * incompatible version of the package. Java and ZIP errors ("invalid entry size", "unread block data") say nothing a
 * Weka user can act on; this says what to do.
 */
public final class DamagedModel {

  /** The advice that ends every such message. */
  public static final String ADVICE = "the saved model is damaged or was written by an incompatible version of the "
    + "autoencoders package: train and save it again";

  private DamagedModel() {
  }

  /**
   * @param cause what reading failed with
   * @return an exception with the advice and the cause's own words, for readObject to throw
   */
  public static InvalidObjectException because(Throwable cause) {
    InvalidObjectException e = new InvalidObjectException("Cannot load the network: " + ADVICE + " (" + cause
      + ").");
    e.initCause(cause);
    return e;
  }
}
