package weka.autoencoder.nd4j;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells the user, once per JVM, when Java's garbage collector will make training use far more memory than needed.
 *
 * <p>Deeplearning4j creates about a thousand short-lived Java objects per minibatch (shape descriptors and the
 * references that free native memory). Under G1, Java's default collector, these make the heap grow towards
 * {@code -Xmx}: on MNIST a 784-256-64-30 net peaked at 1.4 GB under G1 and 0.64 GB under the serial collector at the
 * same speed (bench/RESULTS-speed.md). A package cannot choose the collector of Weka's JVM, so it says how to.
 */
public final class CollectorAdvice {

  private static boolean s_given;

  private CollectorAdvice() {
  }

  /**
   * @param collectorNames names of the JVM's garbage collectors
   * @return the advice for those collectors, or null when there is none to give
   */
  static String adviceFor(List<String> collectorNames) {
    for (String name : collectorNames) {
      if (name.startsWith("G1")) {
        return "autoencoders: this Java uses the G1 garbage collector, which lets the heap grow towards -Xmx while "
          + "Deeplearning4j trains (2-3x the memory of the serial collector in our measurements, at about the same "
          + "speed). To use less memory, start Weka with the Java option -XX:+UseSerialGC.";
      }
    }
    return null;
  }

  /** Prints the advice for this JVM to the console and Weka's log, the first time only. */
  static synchronized void giveOnce() {
    if (s_given) {
      return;
    }
    s_given = true;
    List<String> names = new ArrayList<>();
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      names.add(collector.getName());
    }
    String advice = adviceFor(names);
    if (advice != null) {
      System.err.println(advice);
      weka.core.logging.Logger.log(weka.core.logging.Logger.Level.INFO, advice);
    }
  }
}
