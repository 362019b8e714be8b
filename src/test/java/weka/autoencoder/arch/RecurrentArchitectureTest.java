package weka.autoencoder.arch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  /** @return the PCA reconstruction of flattened rows, [n][width], from the axes' mean and first k axes */
  private static double[][] pcaRebuilt(float[] values, int width, PrincipalAxes axes) {
    int n = values.length / width;
    double[] mean = axes.mean();
    double[][] v = axes.axes();
    double[][] out = new double[n][width];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < axes.size(); j++) {
        double code = 0;
        for (int x = 0; x < width; x++) {
          code += (values[i * width + x] - mean[x]) * v[x][j];
        }
        for (int x = 0; x < width; x++) {
          out[i][x] += code * v[x][j];
        }
      }
      for (int x = 0; x < width; x++) {
        out[i][x] += mean[x];
      }
    }
    return out;
  }

  @Test
  void theLinearPathTakesOneLengthAndStartsAsPcaInBothOrdersAndWithBothDirections() throws Exception {
    Nd4jBoundary.call(1, () -> {
      int channels = 2;
      int steps = 3;
      int n = 40;
      java.util.Random random = new java.util.Random(3);
      float[] values = new float[n * channels * steps];
      for (int i = 0; i < values.length; i++) {
        values[i] = (float) (Math.sin(i * 0.37) + 0.3 * random.nextGaussian());
      }
      PrincipalAxes axes = PrincipalAxes.fit(values, channels * steps, null, 2);
      double[][] expected = pcaRebuilt(values, channels * steps, axes);
      INDArray x = Nd4j.create(values, new long[] {n, channels, steps}, 'c');
      for (boolean bidirectional : new boolean[] {false, true}) {
        for (boolean reversed : new boolean[] {false, true}) {
          RecurrentArchitecture architecture = new RecurrentArchitecture(channels, new int[] {5}, 2, bidirectional,
            steps);
          assertTrue(architecture.linearPath());
          ComputationGraph graph = architecture.build(4, 0.01, 0);
          assertArrayEquals(new long[] {n, channels, steps}, graph.output(x)[0].shape());
          INDArray randomStart = graph.output(x)[0].dup();
          architecture.startAtPrincipalAxes(graph, axes, reversed);
          float[] out = graph.output(x)[0].dup('c').data().asFloat();
          double largest = 0;
          for (int i = 0; i < n; i++) {
            for (int c = 0; c < channels; c++) {
              for (int t = 0; t < steps; t++) {
                int emitted = reversed ? steps - 1 - t : t;
                largest = Math.max(largest, Math.abs(out[(i * channels + c) * steps + emitted]
                  - expected[i][c * steps + t]));
              }
            }
          }
          String which = "bidirectional=" + bidirectional + ", reversed=" + reversed;
          assertEquals(0, largest, 1e-4, which + ": the started network rebuilds as PCA");
          assertTrue(randomStart.distance2(graph.output(x)[0]) > 1e-3, which + ": the start changed the output");
          assertArrayEquals(new long[] {n, 2}, code(graph, x, null).shape());
        }
      }
      assertEquals(false, new RecurrentArchitecture(channels, new int[] {5}, 2, false, 0).linearPath());
      return null;
    });
  }

  @Test
  void principalAxesOfTheWrongSizeAreRefused() throws Exception {
    Nd4jBoundary.call(1, () -> {
      RecurrentArchitecture architecture = new RecurrentArchitecture(1, new int[] {4}, 2, false, 3);
      ComputationGraph graph = architecture.build(1, 0.01, 0);
      PrincipalAxes tooWide = PrincipalAxes.fit(new float[] {1, 2, 3, 4, 0, 1, 2, 1}, 4, null, 2);
      assertThrows(IllegalArgumentException.class, () -> architecture.startAtPrincipalAxes(graph, tooWide, false));
      return null;
    });
  }
}
