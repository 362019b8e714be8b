package weka.autoencoder.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.util.function.BooleanSupplier;

import org.bytedeco.javacpp.FloatPointer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.cpu.nativecpu.buffer.BaseCpuDataBuffer;
import org.nd4j.nativeblas.OpaqueDataBuffer;

class SafeDeallocationTest {

  /**
   * What a native call does: it holds the buffer's handle while the Java array may already be unreachable. ND4J's
   * own deallocation deletes the buffer then (its first values are overwritten by the allocator's bookkeeping, or
   * the JVM crashes); here it must stay intact until the handle is gone too, and be deleted after that.
   */
  @Test
  void aBufferCollectedWhileItsHandleIsInUseStaysIntactUntilTheHandleGoes() throws Exception {
    Nd4jBoundary.call(1, () -> {
      SafeDeallocation safe = SafeDeallocation.current();
      assertNotNull(safe, "the ND4J boundary installs the safe deallocation");
      float[] values = new float[64];
      for (int i = 0; i < values.length; i++) {
        values[i] = i + 0.5f;
      }
      INDArray array = FloatMatrices.create(values, values.length);
      OpaqueDataBuffer handle = ((BaseCpuDataBuffer) array.data()).getOpaqueDataBuffer();
      long address = handle.address();
      WeakReference<DataBuffer> buffer = new WeakReference<>(array.data());
      array = null;
      assertTrue(collectUntil(() -> buffer.get() == null && safe.awaitsHandle(address)),
        "the Java buffer is collected and its native buffer waits for the handle");
      for (int i = 0; i < 3; i++) {
        System.gc();
        Thread.sleep(50);
      }
      assertTrue(safe.awaitsHandle(address), "not deleted while the handle is held");
      float[] read = new float[values.length];
      new FloatPointer(handle.primaryBuffer()).get(read, 0, read.length);
      assertArrayEquals(values, read, "the native values are intact while the handle is in use");
      Reference.reachabilityFence(handle);
      handle = null;
      assertTrue(collectUntil(() -> !safe.awaitsHandle(address)), "deleted once the handle is gone");
      return null;
    });
  }

  private static boolean collectUntil(BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
      System.gc();
      Thread.sleep(20);
    }
    return condition.getAsBoolean();
  }
}
