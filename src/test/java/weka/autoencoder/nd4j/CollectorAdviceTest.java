package weka.autoencoder.nd4j;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CollectorAdviceTest {

  @Test
  void g1GetsTheAdviceToSwitchToTheSerialCollector() {
    String advice = CollectorAdvice.adviceFor(Arrays.asList("G1 Young Generation", "G1 Old Generation"));
    assertNotNull(advice);
    assertTrue(advice.contains("-XX:+UseSerialGC"), advice);
  }

  @Test
  void otherCollectorsGetNoAdvice() {
    assertNull(CollectorAdvice.adviceFor(Arrays.asList("Copy", "MarkSweepCompact")));
    assertNull(CollectorAdvice.adviceFor(Arrays.asList("PS Scavenge", "PS MarkSweep")));
  }
}
