package weka.autoencoder.nd4j;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * The one door through which the package reaches ND4J.
 *
 * <p>Weka loads a package's libraries in their own class loader; ND4J finds its native backend through the thread's
 * context class loader, so every ND4J call must run with the package's loader as context loader or it fails with
 * "no ND4J backend". This class sets that loader around each call, and it is also where float32, the thread
 * policy and the one-time memory advice ({@link CollectorAdvice}) are applied, so no other class needs to know
 * about them.
 */
public final class Nd4jBoundary {

  private static ThreadPolicy s_applied;

  private Nd4jBoundary() {
  }

  /** A piece of work that touches ND4J and may throw. */
  @FunctionalInterface
  public interface Work<T> {
    T run() throws Exception;
  }

  /**
   * Runs work with the package's class loader as context class loader and ND4J configured.
   *
   * @param threads threads requested by the user (0 = all cores)
   * @param work the work
   * @return the work's result
   * @throws Exception whatever the work throws
   */
  public static <T> T call(int threads, Work<T> work) throws Exception {
    return call(ThreadPolicy.forRequest(threads), work);
  }

  /**
   * Runs work with the package's class loader as context class loader and ND4J configured with a given thread
   * policy (see {@link ThreadPolicy} for which networks need which).
   *
   * @param policy the thread policy
   * @param work the work
   * @return the work's result
   * @throws Exception whatever the work throws
   */
  public static <T> T call(ThreadPolicy policy, Work<T> work) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(Nd4jBoundary.class.getClassLoader());
    try {
      configure(policy);
      return work.run();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** Applies data type and threads; cheap when nothing changed since the last call. */
  private static synchronized void configure(ThreadPolicy policy) {
    if (s_applied == null) {
      NativePlatform.requireSupported();
      Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
      CollectorAdvice.giveOnce();
    }
    if (s_applied == null || s_applied.blasThreads() != policy.blasThreads()
      || s_applied.ompThreads() != policy.ompThreads()) {
      NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(policy.ompThreads());
      Nd4j.factory().blas().setMaxThreads(policy.blasThreads());
      s_applied = policy;
    }
  }
}
