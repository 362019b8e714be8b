package weka.autoencoder.nd4j;

/**
 * How many threads ND4J's two pools get: OpenMP (element-wise ops) and BLAS (matrix products).
 *
 * <p>ND4J's own default gives both pools one thread per core; on small machines the two pools then wait on each
 * other: on 2 cores dense nets trained 1.7-2.1x slower than with one pool busy. So one pool gets the requested threads
 * and the other one thread. Which one depends on where the network spends its time: matrix products (dense,
 * recurrent and variational nets) run in BLAS, so they get {@link #forRequest(int)}; convolutions (im2col and the
 * transposed convolutions) run in ND4J's own OpenMP kernels, so they get {@link #forConvolutions(int)}, which
 * trained the default ConvolutionalAutoencoder 1.5x and filtered 1.7x faster on 2 cores (bench/RESULTS-speed.md).
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
   * @return the policy for networks dominated by matrix products: BLAS gets the threads, OpenMP one
   */
  public static ThreadPolicy forRequest(int requested) {
    return new ThreadPolicy(threads(requested), 1);
  }

  /**
   * @param requested threads asked for by the user; 0 or less means "all cores"
   * @return the policy for convolutional networks: OpenMP gets the threads, BLAS one
   */
  public static ThreadPolicy forConvolutions(int requested) {
    return new ThreadPolicy(1, threads(requested));
  }

  private static int threads(int requested) {
    return requested > 0 ? requested : Runtime.getRuntime().availableProcessors();
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
