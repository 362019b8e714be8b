package weka.autoencoder.nd4j;

import java.util.Locale;

import org.bytedeco.javacpp.Pointer;

/**
 * The two memory limits a run lives within, in the words a user needs to raise them: the Java heap ({@code -Xmx})
 * and the native memory JavaCPP lets ND4J allocate for arrays outside the heap
 * ({@code org.bytedeco.javacpp.maxBytes}, by default the heap size, and {@code maxPhysicalBytes} for the whole
 * process).
 */
public final class MemoryLimits {

  private MemoryLimits() {
  }

  /** @return the native bytes ND4J may still allocate before JavaCPP refuses, or Long.MAX_VALUE when unlimited */
  public static long nativeBytesLeft() {
    long left = Long.MAX_VALUE;
    if (Pointer.maxBytes() > 0) {
      left = Math.min(left, Pointer.maxBytes() - Pointer.totalBytes());
    }
    if (Pointer.maxPhysicalBytes() > 0) {
      left = Math.min(left, Pointer.maxPhysicalBytes() - Pointer.physicalBytes());
    }
    return Math.max(0, left);
  }

  /** @return e.g. "Java heap -Xmx 4.0 GB; ND4J native memory org.bytedeco.javacpp.maxbytes 4.0 GB, ..." */
  public static String describe() {
    return "Java heap -Xmx " + gigabytes(Runtime.getRuntime().maxMemory())
      + "; native memory for ND4J arrays -Dorg.bytedeco.javacpp.maxbytes " + limit(Pointer.maxBytes())
      + " and for the whole process -Dorg.bytedeco.javacpp.maxphysicalbytes " + limit(Pointer.maxPhysicalBytes());
  }

  /** @return the way to raise both limits, for the end of a message */
  public static String howToRaise() {
    return "start Weka's JVM with more memory, e.g. java -Xmx8g -Dorg.bytedeco.javacpp.maxbytes=8G "
      + "-Dorg.bytedeco.javacpp.maxphysicalbytes=20G ... (for the GUI: the maxheap setting of RunWeka.ini, or the "
      + "-Xmx of the command that starts Weka)";
  }

  /** @return bytes as e.g. "1.5 GB" or "300 MB" */
  public static String gigabytes(double bytes) {
    if (bytes >= 1e9) {
      return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }
    return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
  }

  private static String limit(long bytes) {
    return bytes <= 0 ? "unlimited" : gigabytes(bytes);
  }
}
