package weka.autoencoder.nd4j;

import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.bytedeco.javacpp.Pointer;
import org.nd4j.common.config.ND4JSystemProperties;
import org.nd4j.linalg.api.memory.Deallocatable;
import org.nd4j.linalg.api.memory.Deallocator;
import org.nd4j.linalg.api.memory.deallocation.DeallocatableReference;
import org.nd4j.linalg.api.memory.deallocation.DeallocatorService;
import org.nd4j.linalg.cpu.nativecpu.buffer.CpuDeallocator;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.nd4j.nativeblas.OpaqueDataBuffer;

/**
 * Frees the native side of an ND4J array only when no native call can still be using it, instead of as soon as
 * Java's collector finds the array unreachable, which is what crashed the JVM (SIGSEGV in
 * {@code sd::DataBuffer::primary()}).
 *
 * <p>ND4J 1.0.0-M2.1 deletes an array's native buffer from its deallocator threads once the Java buffer object is
 * unreachable. But its own op calls stop referring to some arrays before the native code has read them: a broadcast
 * ({@code addiRowVector}, the bias of every dense and LSTM layer) passes a freshly made array of dimensions that
 * nothing references once its native handle has been taken. A collection that lands in that window (more likely
 * when another thread allocates, as in a GUI or a loaded machine) lets a deallocator thread delete the buffer while
 * the op is reading it. Reproduced in seconds by {@code Nd4jRaceStress} with every array the caller passes held in a
 * field (bench/RESULTS-native-crash.md), so no freeing of ours is involved.
 *
 * <p>Every native call receives the buffer's handle (an {@link OpaqueDataBuffer} object) as an argument, and the JVM
 * keeps a native method's arguments reachable until it returns. So deletion here waits for two things: the Java
 * buffer becoming unreachable (ND4J's own signal), and then the handle too, seen by a phantom reference at a later
 * collection. Only then is the native buffer deleted. Arrays closed explicitly ({@link FloatMatrices#release}) give
 * their memory back at once as before; the others keep theirs one collection longer. Workspaces and op contexts keep
 * ND4J's own handling.
 */
public final class SafeDeallocation extends DeallocatorService {

  private static final Field HANDLE = handleField();
  private static boolean s_installed;

  private final DeallocatorService m_previous;
  private final ReferenceQueue<Object> m_queue = new ReferenceQueue<>();
  /** ND4J's weak references to live buffers (they must stay reachable to be enqueued). */
  private final Map<String, DeallocatableReference> m_buffers = new ConcurrentHashMap<>();
  /** Phantom references to the handles of buffers found unreachable, awaiting the handle's end. */
  private final Set<HandleReference> m_handles = ConcurrentHashMap.newKeySet();
  private final AtomicLong m_unreachable = new AtomicLong();
  private final AtomicLong m_deleted = new AtomicLong();

  private SafeDeallocation(DeallocatorService previous) {
    m_previous = previous;
    Thread thread = new Thread(this::run, "autoencoders-deallocator");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Puts this deallocation in place of ND4J's, once per JVM (buffers made before keep ND4J's). Nothing happens when
   * ND4J's automatic freeing is switched off ({@code -Dorg.nd4j.noarraygc=true}), is turned off for a
   * before/after measurement ({@code -Dweka.autoencoder.safeDeallocation=false}), or this ND4J version lacks the
   * internals it needs; then ND4J's own deallocation stays.
   */
  static synchronized void install() {
    if (s_installed) {
      return;
    }
    s_installed = true;
    if (HANDLE == null || Boolean.getBoolean(ND4JSystemProperties.NO_ARRAY_GC)
      || Boolean.getBoolean("org.bytedeco.javacpp.nopointergc")
      || "false".equals(System.getProperty("weka.autoencoder.safeDeallocation"))) {
      return;
    }
    try {
      Field service = Nd4j.class.getDeclaredField("deallocatorService");
      service.setAccessible(true);
      synchronized (Nd4j.class) {
        service.set(null, new SafeDeallocation(Nd4j.getDeallocatorService()));
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      weka.core.logging.Logger.log(weka.core.logging.Logger.Level.WARNING,
        "autoencoders: ND4J's own array deallocation is kept (" + e + ")");
    }
  }

  /** @return the deallocation in force when it is this one, else null (for tests) */
  static SafeDeallocation current() {
    DeallocatorService service = Nd4j.getDeallocatorService();
    return service instanceof SafeDeallocation ? (SafeDeallocation) service : null;
  }

  /**
   * @param address a buffer handle's address
   * @return true while that buffer's Java object is gone but its native buffer still waits for the handle to go
   */
  boolean awaitsHandle(long address) {
    for (HandleReference handle : m_handles) {
      if (handle.m_address == address) {
        return true;
      }
    }
    return false;
  }

  /** @return native buffers deleted so far */
  long deleted() {
    return m_deleted.get();
  }

  /** @return buffers whose Java object was found unreachable so far */
  long unreachable() {
    return m_unreachable.get();
  }

  @Override
  public long nextValue() {
    // Buffers are named by this counter; continuing ND4J's keeps the names of old and new buffers apart.
    return m_previous.nextValue();
  }

  @Override
  public void pickObject(Deallocatable deallocatable) {
    DeallocatableReference reference = new DeallocatableReference(deallocatable, m_queue);
    m_buffers.put(reference.getId(), reference);
  }

  private void run() {
    while (true) {
      try {
        Reference<?> reference = m_queue.remove();
        if (reference instanceof HandleReference) {
          HandleReference handle = (HandleReference) reference;
          m_handles.remove(handle);
          handle.delete();
          m_deleted.incrementAndGet();
        } else if (reference instanceof DeallocatableReference) {
          unreachable((DeallocatableReference) reference);
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException | IllegalAccessException e) {
        weka.core.logging.Logger.log(weka.core.logging.Logger.Level.WARNING,
          "autoencoders: could not free an ND4J array: " + e);
      }
    }
  }

  /** The Java buffer is gone: wait for its handle, unless it is not a plain buffer. */
  private void unreachable(DeallocatableReference reference) throws IllegalAccessException {
    m_buffers.remove(reference.getId());
    m_unreachable.incrementAndGet();
    Deallocator deallocator = reference.getDeallocator();
    OpaqueDataBuffer handle = deallocator instanceof CpuDeallocator ? (OpaqueDataBuffer) HANDLE.get(deallocator)
      : null;
    if (handle == null) {
      deallocator.deallocate();
      return;
    }
    m_handles.add(new HandleReference(handle, m_queue));
  }

  /** Remembers where a handle's native buffer is, so that it can be deleted after the handle object is gone. */
  private static final class HandleReference extends PhantomReference<OpaqueDataBuffer> {
    private final long m_address;

    HandleReference(OpaqueDataBuffer handle, ReferenceQueue<Object> queue) {
      super(handle, queue);
      m_address = handle.address();
    }

    void delete() {
      NativeOpsHolder.getInstance().getDeviceNativeOps().deleteDataBuffer(new OpaqueDataBuffer(new Address(m_address)));
    }
  }

  /** A bare native address (JavaCPP sets addresses only from subclasses). */
  private static final class Address extends Pointer {
    Address(long address) {
      this.address = address;
    }
  }

  private static Field handleField() {
    try {
      Field field = CpuDeallocator.class.getDeclaredField("opaqueDataBuffer");
      field.setAccessible(true);
      return field;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
