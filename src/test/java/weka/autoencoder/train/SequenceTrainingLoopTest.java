package weka.autoencoder.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import weka.autoencoder.nd4j.Nd4jBoundary;

/** The shared loop on rank-3 examples (sequences x channels x steps) with a same-shaped mask. */
class SequenceTrainingLoopTest {

  /** Records what the loop hands over; its "loss" is the mean of the minibatch. */
  private static final class Recorder extends ParameterlessNetwork {
    final List<long[]> shapes = new ArrayList<>();
    final List<Float> firstValues = new ArrayList<>();
    double maskSum;
    double inputMinusTarget;

    @Override
    public double fitBatch(INDArray input, INDArray target, INDArray observed) {
      shapes.add(input.shape());
      inputMinusTarget += input.sub(target).sumNumber().doubleValue();
      for (long i = 0; i < input.size(0); i++) {
        firstValues.add(input.getFloat(i, 0, 0));
      }
      maskSum += observed.sumNumber().doubleValue();
      return input.meanNumber().doubleValue();
    }

    @Override
    public double loss(INDArray input, INDArray target, INDArray observed) {
      return 0;
    }
  }

  @Test
  void examplesOfAnyRankAreGatheredWhole() throws Exception {
    Nd4jBoundary.call(1, () -> {
      INDArray x = Nd4j.arange(24).reshape('c', 4, 2, 3).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT);
      INDArray picked = TrainingLoop.examples(x, new int[] {3, 0});
      assertArrayEquals(new long[] {2, 2, 3}, picked.shape());
      assertEquals(x.slice(3), picked.slice(0));
      assertEquals(x.slice(0), picked.slice(1));
      INDArray m = Nd4j.arange(8).reshape('c', 4, 2);
      assertEquals(m.getRow(2), TrainingLoop.examples(m, new int[] {2}).getRow(0));
      return null;
    });
  }

  @Test
  void examplesMatchARowByRowGatherAlsoForViewsAndFortranOrder() throws Exception {
    Nd4jBoundary.call(1, () -> {
      INDArray m = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 50, 7);
      int[] order = {49, 3, 3, 0, 17, 48};
      assertEquals(m.getRows(order), TrainingLoop.examples(m, order));
      INDArray columns = m.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
        org.nd4j.linalg.indexing.NDArrayIndex.interval(2, 5));
      assertEquals(columns.getRows(order), TrainingLoop.examples(columns, order));
      INDArray fortran = m.dup('f');
      assertEquals(m.getRows(order), TrainingLoop.examples(fortran, order));
      assertArrayEquals(new long[] {0, 7}, TrainingLoop.examples(m, new int[0]).shape());
      return null;
    });
  }

  @Test
  void everySequenceIsSeenOncePerEpochInMinibatchesOfWholeSequences() throws Exception {
    Nd4jBoundary.call(1, () -> {
      int n = 10;
      float[] values = new float[n * 2 * 5];
      for (int i = 0; i < n; i++) {
        values[i * 10] = i; // channel 0, step 0 identifies the sequence
      }
      INDArray data = Nd4j.create(values, new long[] {n, 2, 5}, 'c');
      INDArray mask = Nd4j.ones(n, 2, 5);
      Recorder recorder = new Recorder();
      TrainingHistory history = new TrainingLoop(new TrainingSettings(2, 4, 3, 0, 0), ProgressListener.SILENT)
        .train(recorder, data, mask);
      assertNotNull(history);
      assertEquals(6, recorder.shapes.size(), "3 minibatches (4, 4, 2) in each of 2 epochs");
      assertArrayEquals(new long[] {4, 2, 5}, recorder.shapes.get(0));
      assertArrayEquals(new long[] {2, 2, 5}, recorder.shapes.get(2));
      assertEquals(2.0 * n * 10, recorder.maskSum, 1e-6);
      List<Float> epoch = new ArrayList<>(recorder.firstValues.subList(0, n));
      epoch.sort(null);
      for (int i = 0; i < n; i++) {
        assertEquals(i, epoch.get(i), 0f);
      }
      assertEquals(0, recorder.inputMinusTarget, 0, "no corruption: the input is the target");
      return null;
    });
  }

  @Test
  void corruptionReceivesWholeSequencesAndKeepsTheirShape() throws Exception {
    Nd4jBoundary.call(1, () -> {
      INDArray data = Nd4j.zeros(6, 2, 5);
      Recorder recorder = new Recorder();
      int[] counts = new int[1];
      InputCorruption plusOne = (values, count, random) -> {
        counts[0] += count;
        assertEquals(count * 2 * 5, values.length);
        for (int i = 0; i < values.length; i++) {
          values[i] += 1;
        }
      };
      new TrainingLoop(new TrainingSettings(1, 4, 3, 0, 0), ProgressListener.SILENT)
        .train(recorder, data, Nd4j.ones(6, 2, 5), plusOne);
      assertEquals(6, counts[0]);
      assertArrayEquals(new long[] {4, 2, 5}, recorder.shapes.get(0));
      assertEquals(6 * 2 * 5, recorder.inputMinusTarget, 1e-6, "input corrupted, target clean");
      return null;
    });
  }
}
