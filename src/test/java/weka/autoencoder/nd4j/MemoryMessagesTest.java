package weka.autoencoder.nd4j;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Out-of-memory failures and networks too large to allocate get messages that name the limit and the option. */
class MemoryMessagesTest {

  @Test
  void aNativeOutOfMemoryThreeCausesDeepNamesTheNativeLimit() {
    Throwable deep = new RuntimeException("Error during neural network forward pass",
      new RuntimeException("wrapped", new OutOfMemoryError("Physical memory usage is too high: physicalBytes "
        + "(30G) > maxPhysicalBytes (24G)")));
    Exception e = OutOfMemoryAdvice.translate(deep, "Autoencoder");
    assertTrue(e.getMessage().startsWith("Autoencoder: ran out of memory: the native memory limit for ND4J"),
      e.getMessage());
    assertTrue(e.getMessage().contains("-Dorg.bytedeco.javacpp.maxphysicalbytes") && e.getMessage().contains("-Xmx"),
      e.getMessage());
    assertSame(deep, e.getCause());
  }

  @Test
  void aJavaHeapOutOfMemoryNamesXmx() {
    Exception e = OutOfMemoryAdvice.translate(new OutOfMemoryError("Java heap space"), "Autoencoder");
    assertTrue(e.getMessage().contains("the Java heap (-Xmx) was reached (Java heap space)"), e.getMessage());
  }

  @Test
  void otherFailuresAreLeftAlone() {
    assertNull(OutOfMemoryAdvice.translate(new IllegalStateException("something else"), "Autoencoder"));
  }

  @Test
  void aNetworkBeyondTheNativeLimitIsRefusedWithTheOptionsAndTheEstimate() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
      () -> MemoryBudget.require(1.5e9, 0, "-hidden 300000000 and -code-size 10"));
    assertTrue(e.getMessage().startsWith("-hidden 300000000 and -code-size 10 give a network of 1.50e+09 "
      + "parameters that needs about 30.0 GB to train"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> MemoryBudget.require(3e9, 0, "-hidden 1"));
    MemoryBudget.require(1e5, 1e5, "-hidden 100");
  }
}
