package weka.autoencoder.generate;

import java.awt.EventQueue;
import java.awt.SecondaryLoop;
import java.awt.Toolkit;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs long work off the Swing event thread. The Explorer's Generate button calls the generator on that thread, so
 * training there would freeze every window, including the progress window and its Stop button. Called on the event
 * thread, the work runs on a thread of its own while the event thread keeps dispatching events (a secondary loop,
 * as a modal dialog does) until it is done; called on any other thread it simply runs.
 */
public final class OffEventThread {

  private OffEventThread() {
  }

  /**
   * @param name the worker thread's name
   * @param work what to run
   * @return what {@code work} returns
   * @throws Exception what {@code work} throws
   */
  public static <T> T call(String name, Callable<T> work) throws Exception {
    if (!EventQueue.isDispatchThread()) {
      return work.call();
    }
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    SecondaryLoop loop = Toolkit.getDefaultToolkit().getSystemEventQueue().createSecondaryLoop();
    Thread worker = new Thread(() -> {
      try {
        result.set(work.call());
      } catch (Throwable t) {
        failure.set(t);
      } finally {
        // Posted as an event, exit() can only run once enter() dispatches it, so it is never missed.
        EventQueue.invokeLater(loop::exit);
      }
    }, name);
    worker.setDaemon(true);
    worker.start();
    loop.enter();
    worker.join();
    Throwable t = failure.get();
    if (t instanceof Exception) {
      throw (Exception) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    return result.get();
  }
}
