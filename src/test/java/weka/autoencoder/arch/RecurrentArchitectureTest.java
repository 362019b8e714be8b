package weka.autoencoder.arch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import weka.autoencoder.nd4j.Nd4jBoundary;

class RecurrentArchitectureTest {

  private static INDArray code(ComputationGraph graph, INDArray x, INDArray mask) {
    return graph.output(Collections.singletonList(RecurrentArchitecture.CODE), false, new INDArray[] {x},
      mask == null ? null : new INDArray[] {mask})[0];
  }

  @Test
  void outputHasTheInputShapeForAnyLengthAndTheCodeHasCodeSizeColumns() throws Exception {
    Nd4jBoundary.call(1, () -> {
      ComputationGraph graph = new RecurrentArchitecture(3, new int[] {8, 4}, 2).build(1, 0.01, 0);
      for (int steps : new int[] {1, 5, 17}) {
        INDArray x = Nd4j.rand(new int[] {6, 3, steps});
        assertArrayEquals(new long[] {6, 3, steps}, graph.output(x)[0].shape());
        assertArrayEquals(new long[] {6, 2}, code(graph, x, null).shape());
      }
      return null;
    });
  }

  @Test
  void aPaddedSequenceGetsTheSameCodeAsTheUnpaddedOne() throws Exception {
    Nd4jBoundary.call(1, () -> {
      ComputationGraph graph = new RecurrentArchitecture(2, new int[] {6}, 3).build(2, 0.01, 0);
      INDArray shortOne = Nd4j.rand(new int[] {1, 2, 4});
      INDArray padded = Nd4j.zeros(1, 2, 9);
      padded.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(0, 4)).assign(shortOne);
      padded.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(4, 9)).assign(7.0); // junk
      INDArray mask = Nd4j.create(new float[] {1, 1, 1, 1, 0, 0, 0, 0, 0}, new long[] {1, 9}, 'c');
      INDArray expected = code(graph, shortOne, null);
      INDArray actual = code(graph, padded, mask);
      assertEquals(0, expected.sub(actual).amaxNumber().doubleValue(), 1e-5);
      INDArray unmasked = code(graph, padded, null);
      assertEquals(true, expected.sub(unmasked).amaxNumber().doubleValue() > 1e-4, "without the mask the junk counts");
      return null;
    });
  }

  @Test
  void atLeastOneLstmLayerIsNeeded() {
    Exception e = assertThrows(IllegalArgumentException.class, () -> new RecurrentArchitecture(1, new int[0], 2));
    assertEquals(true, e.getMessage().contains("-units"), e.getMessage());
  }
}
