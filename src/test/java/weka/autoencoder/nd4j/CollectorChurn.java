package weka.autoencoder.nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * For the native-memory stress runners: a daemon thread that allocates Java garbage and asks for a collection every
 * so many allocations, so that Java's collector (and with it ND4J's deallocator) runs at arbitrary moments while
 * another thread is inside native code, as in a GUI or on a loaded machine.
 */
public final class CollectorChurn {

  private final AtomicBoolean m_running = new AtomicBoolean(true);
  private final AtomicLong m_collections = new AtomicLong();

  private CollectorChurn() {
  }

  /**
   * @param allocationsPerCollection 16 KB allocations between two {@code System.gc()} calls
   * @return the running churn
   */
  public static CollectorChurn start(int allocationsPerCollection) {
    CollectorChurn churn = new CollectorChurn();
    Thread thread = new Thread(() -> churn.run(allocationsPerCollection), "stress-churn");
    thread.setDaemon(true);
    thread.start();
    return churn;
  }

  private void run(int allocationsPerCollection) {
    List<byte[]> keep = new ArrayList<>();
    long n = 0;
    while (m_running.get()) {
      keep.add(new byte[16 << 10]);
      if (keep.size() > 256) {
        keep.clear();
      }
      if (++n % allocationsPerCollection == 0) {
        System.gc();
        m_collections.incrementAndGet();
      }
    }
  }

  /** @return collections asked for so far */
  public long collections() {
    return m_collections.get();
  }

  /** Ends the thread after its current allocation. */
  public void stop() {
    m_running.set(false);
  }
}
