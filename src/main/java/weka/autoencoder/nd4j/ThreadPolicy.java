package weka.autoencoder.nd4j;

/**
 * How many threads ND4J's two pools get: OpenMP (element-wise ops) and BLAS (matrix products).
 *
 * <p>ND4J's own default gives both pools one thread per core; on small machines the two pools then wait on each
 * other, which measured 1.6-2.1x slower on 2 cores than a single OpenMP thread. Matrix products dominate an
 * autoencoder's time and scale with cores, element-wise ops on minibatch-sized arrays do not, so the policy gives
 * BLAS the requested threads and OpenMP one.
 */
public final class ThreadPolicy {

  private final int m_blasThreads;
  private final int m_ompThreads;

  private ThreadPolicy(int blasThreads, int ompThreads) {
    m_blasThreads = blasThreads;
    m_ompThreads = ompThreads;
  }

  /**
   * @param requested threads asked for by the user; 0 or less means "all cores"
   * @return the policy for that request
   */
  public static ThreadPolicy forRequest(int requested) {
    int threads = requested > 0 ? requested : Runtime.getRuntime().availableProcessors();
    return new ThreadPolicy(threads, 1);
  }

  public int blasThreads() {
    return m_blasThreads;
  }

  public int ompThreads() {
    return m_ompThreads;
  }

  @Override
  public String toString() {
    return m_blasThreads + " BLAS thread(s), " + m_ompThreads + " OpenMP thread(s)";
  }
}
