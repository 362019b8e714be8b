package weka.autoencoder.nd4j;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeapCompactionTest {

  @Test
  void collectsOnlyUnderG1AndWhenMuchCommittedHeapIsUnused() {
    assertTrue(HeapCompaction.worthCollecting(true, 700L << 20));
    assertFalse(HeapCompaction.worthCollecting(true, 20L << 20), "little to give back");
    assertFalse(HeapCompaction.worthCollecting(false, 700L << 20), "another collector, or turned off");
  }
}
