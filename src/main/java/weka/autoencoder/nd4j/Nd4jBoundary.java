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
 * policy, the one-time memory advice ({@link CollectorAdvice}) and the crash-safe freeing of arrays
 * ({@link SafeDeallocation}) are applied, so no other class needs to know about them. ND4J's thread counts are
 * process-wide: each call applies its policy and restores the previous one when it ends, so filters with different
 * -threads used one after another in a JVM do not change each other's runs (two filters training at the same moment
 * on different threads share whichever policy was applied last).
 */
public final class Nd4jBoundary {

  private static ThreadPolicy s_applied;
  private static boolean s_warm;

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
    ThreadPolicy before = configure(policy);
    try {
      return work.run();
    } finally {
      if (before != null) {
        configure(before);
      }
      thread.setContextClassLoader(previous);
    }
  }

  /**
   * Runs work that does no arithmetic worth tuning (loading or saving a network) with the thread policy left as it
   * is, so that reading a saved model never changes how another filter's network runs.
   */
  public static <T> T callKeepingThreads(Work<T> work) throws Exception {
    ThreadPolicy current;
    synchronized (Nd4jBoundary.class) {
      current = s_applied;
    }
    return call(current != null ? current : ThreadPolicy.forRequest(0), work);
  }

  /**
   * Loads ND4J's backend and initialises the JavaCPP classes its arithmetic uses, once per JVM, before training can
   * be stopped. The Explorer's own Stop button ends a filter with {@code Thread.stop}; if that lands inside a class
   * initialiser (JavaCPP's {@code DoublePointer}, say, on the first matrix product), the class stays broken and every
   * later training in that Weka session fails with "Could not initialize class". Done before the progress window
   * opens, the stop can only land in plain Java code. Called before every training, so it also gives an oversized
   * G1 heap back first ({@link HeapCompaction}).
   */
  public static synchronized void warmUp() throws Exception {
    HeapCompaction.beforeTraining();
    if (s_warm) {
      return;
    }
    callKeepingThreads(() -> {
      org.nd4j.linalg.api.ndarray.INDArray a = Nd4j.ones(DataType.FLOAT, 2, 2);
      a.mmul(a).sumNumber();
      Nd4j.ones(DataType.DOUBLE, 2).sumNumber();
      return null;
    });
    s_warm = true;
  }

  /** @return the policy in force now (null before the first call), for tests */
  static synchronized ThreadPolicy applied() {
    return s_applied;
  }

  /**
   * Applies data type and threads; cheap when nothing changed since the last call.
   *
   * @return the policy in force before, to restore afterwards (null on the first call)
   */
  private static synchronized ThreadPolicy configure(ThreadPolicy policy) {
    ThreadPolicy before = s_applied;
    if (s_applied == null) {
      NativePlatform.requireSupported();
      Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
      SafeDeallocation.install();
      CollectorAdvice.giveOnce();
    }
    if (s_applied == null || s_applied.blasThreads() != policy.blasThreads()
      || s_applied.ompThreads() != policy.ompThreads()) {
      NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(policy.ompThreads());
      Nd4j.factory().blas().setMaxThreads(policy.blasThreads());
      s_applied = policy;
    }
    return before;
  }
}
