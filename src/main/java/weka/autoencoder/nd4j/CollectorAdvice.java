package weka.autoencoder.nd4j;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import weka.autoencoder.log.UserLog;

/**
 * Tells the user, once per JVM, when Java's garbage collector can make training use about twice the memory it needs.
 *
 * <p>Deeplearning4j creates thousands of short-lived Java objects per minibatch (roughly 1,300 array buffers per
 * minibatch of a 6-layer dense net, each with a shape descriptor and a reference that frees its native memory).
 * Under G1, Java's default collector, these make the heap grow towards {@code -Xmx}: training on the MNIST sample for
 * a few epochs peaked at 1.2-1.5 GB under G1 and 0.6-0.7 GB under the serial collector at the same speed (dense,
 * deep dense and variational nets, bench/RESULTS-speed.md); with {@link HeapCompaction} (issue 15) G1 peaks at
 * 0.7-0.8 GB and the serial collector at 0.5-0.7 GB. Single-epoch runs on generated data of 10,000 to
 * 1,000,000 rows showed no consistent difference, so the advice names what was measured. A package cannot choose
 * the collector of Weka's JVM, so it says how to.
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
          + "Deeplearning4j trains. With the serial collector, training on the package's MNIST sample needed less "
          + "memory at about the same speed (0.5-0.7 instead of 0.7-0.8 GB): to try it, start Weka with the Java "
          + "option -XX:+UseSerialGC.";
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
      UserLog.info(advice);
    }
  }
}
