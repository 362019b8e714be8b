package weka.autoencoder.nd4j;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Gives the Java heap back to its live size once before a network trains, under Java's default G1 collector.
 *
 * <p>Loading a data set in Weka (the ARFF parser's garbage) makes G1 commit a large young generation, here 0.5-1 GB
 * for the 10 MB MNIST sample. Training then allocates little Java memory per minibatch, so G1 hardly collects and
 * the process's resident memory climbs through that young generation: peak RSS 843 MB for 3 epochs of the
 * 784-256-64-30 net, against 582 MB when the heap was collected once before training (issue 15, bench/RESULTS-speed.md).
 * A full collection of what is live at that point took 33 ms. G1 sizes its generations again from the smaller heap
 * afterwards and, for these workloads, stayed small. Other collectors (serial, parallel) already keep the heap near
 * its live size, so nothing is done for them. {@code -XX:+DisableExplicitGC} or the system property
 * {@code -Dweka.autoencoder.heapCompaction=false} (for before/after measurements) turn the collection off.
 */
public final class HeapCompaction {

  /** Committed but unused heap below this is not worth a collection. */
  private static final long SLACK_BYTES = 128L << 20;

  private static final boolean G1 = usesG1();

  private static final boolean ENABLED = !"false".equals(System.getProperty("weka.autoencoder.heapCompaction"));

  private HeapCompaction() {
  }

  /** Collects the heap when G1 has committed much more than is in use; call before a network's training starts. */
  public static void beforeTraining() {
    if (worthCollecting(G1 && ENABLED, Runtime.getRuntime().freeMemory())) {
      System.gc();
    }
  }

  /**
   * @param applies G1 is the collector and the compaction is not turned off
   * @param freeBytes heap committed but not in use
   * @return true when a collection would give back at least {@value #SLACK_BYTES} bytes
   */
  static boolean worthCollecting(boolean applies, long freeBytes) {
    return applies && freeBytes >= SLACK_BYTES;
  }

  private static boolean usesG1() {
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector.getName().startsWith("G1")) {
        return true;
      }
    }
    return false;
  }
}
