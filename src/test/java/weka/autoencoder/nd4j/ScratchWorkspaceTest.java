package weka.autoencoder.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ScratchWorkspaceTest {

  @Test
  void stepArraysLiveInTheWorkspaceAndOnlyTheNumberLeavesIt() throws Exception {
    Nd4jBoundary.call(1, () -> {
      INDArray outside = Nd4j.ones(4, 3);
      double[] attached = new double[1];
      for (int step = 0; step < 3; step++) {
        double sum = ScratchWorkspace.compute("scratch-test", () -> {
          INDArray temporary = outside.mul(2);
          attached[0] = temporary.isAttached() ? 1 : 0;
          return temporary.sumNumber().doubleValue();
        });
        assertEquals(24.0, sum, 1e-9);
      }
      assertEquals(1.0, attached[0], "temporaries of a later step are allocated in the workspace");
      assertFalse(outside.isAttached());
      assertEquals(12.0, outside.sumNumber().doubleValue(), 1e-9);
      return null;
    });
  }

  @Test
  void releaseFreesTheWorkspaceAndIgnoresUnknownNames() throws Exception {
    Nd4jBoundary.call(1, () -> {
      ScratchWorkspace.compute("scratch-release", () -> Nd4j.ones(10, 10).sumNumber().doubleValue());
      assertTrue(Nd4j.getWorkspaceManager().checkIfWorkspaceExists("scratch-release"));
      ScratchWorkspace.release("scratch-release");
      assertFalse(Nd4j.getWorkspaceManager().checkIfWorkspaceExists("scratch-release"));
      ScratchWorkspace.release("never-created");
      return null;
    });
  }
}
