package weka.autoencoder.nd4j;

/**
 * Turns an out-of-memory failure from anywhere (the Java heap, JavaCPP's native allocator, or ND4J wrapping either
 * a few causes deep, e.g. "Error during neural network forward pass") into one message that says which limit was hit
 * and how to raise it.
 */
public final class OutOfMemoryAdvice {

  private OutOfMemoryAdvice() {
  }

  /**
   * @param failure what was thrown
   * @param who the filter or generator, the message's prefix
   * @return an exception with the advice when {@code failure} is an out-of-memory failure, else null (also for
   *         one this class made already, as training inside a filter passes through two doors)
   */
  public static Exception translate(Throwable failure, String who) {
    if (failure instanceof MemoryExhausted) {
      return null;
    }
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = String.valueOf(t.getMessage());
      boolean nativeLimit = message.contains("physicalBytes") || message.contains("totalBytes")
        || message.contains("Cannot allocate");
      if (t instanceof OutOfMemoryError || nativeLimit) {
        String which = nativeLimit
          ? "the native memory limit for ND4J (org.bytedeco.javacpp.maxbytes / maxphysicalbytes)"
          : "the Java heap (-Xmx)";
        return new MemoryExhausted(who + ": ran out of memory: " + which + " was reached (" + message
          + "). Limits now: " + MemoryLimits.describe() + ". To go on, " + MemoryLimits.howToRaise()
          + "; or use a smaller network (-hidden, -units, -filters, -code-size) or a smaller -batch-size.", failure);
      }
    }
    return null;
  }

  /** An out-of-memory failure already put in the user's words. */
  private static final class MemoryExhausted extends Exception {

    private static final long serialVersionUID = 1L;

    MemoryExhausted(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
