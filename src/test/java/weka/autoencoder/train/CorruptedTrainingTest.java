package weka.autoencoder.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import weka.autoencoder.nd4j.Nd4jBoundary;

/** The training loop with input corruption: noisy input, clean target, fresh noise, reproducible, data untouched. */
class CorruptedTrainingTest {

  /** Records what the loop hands over: inputs and targets of every minibatch and of the held-out loss. */
  private static final class RecordingNetwork extends ParameterlessNetwork {
    final List<float[]> m_inputs = new ArrayList<>();
    final List<float[]> m_targets = new ArrayList<>();
    final List<float[]> m_validationInputs = new ArrayList<>();
    final List<float[]> m_validationTargets = new ArrayList<>();

    @Override
    public double fitBatch(INDArray input, INDArray target, INDArray observed) {
      m_inputs.add(input.dup().data().asFloat());
      m_targets.add(target.dup().data().asFloat());
      return 0.5;
    }

    @Override
    public double loss(INDArray input, INDArray target, INDArray observed) {
      m_validationInputs.add(input.dup().data().asFloat());
      m_validationTargets.add(target.dup().data().asFloat());
      return 1;
    }
  }

  /** Adds 100 to every value, so corrupted entries are easy to tell from clean ones (values in [0,1)). */
  private static final InputCorruption ADD_100_PLUS_NOISE = (rows, count, random) -> {
    for (int i = 0; i < rows.length; i++) {
      rows[i] += 100 + random.nextFloat();
    }
  };

  private static RecordingNetwork run(INDArray data, long seed, double validation, InputCorruption corruption,
    List<EpochReport> reports) throws Exception {
    RecordingNetwork network = new RecordingNetwork();
    ProgressListener listener = new ProgressListener() {
      @Override
      public void epochFinished(EpochReport report) {
        reports.add(report);
      }

      @Override
      public void trainingFinished(String summary) {
      }
    };
    Nd4jBoundary.call(1, () -> new TrainingLoop(new TrainingSettings(3, 8, seed, validation, 0), listener)
      .train(network, data, null, corruption));
    return network;
  }

  private static INDArray data() throws Exception {
    return Nd4jBoundary.call(1, () -> {
      Nd4j.getRandom().setSeed(42);
      return Nd4j.rand(DataType.FLOAT, 40, 5);
    });
  }

  @Test
  void theNetworkSeesCorruptedInputAndCleanTargetsWhileTheDataStaysClean() throws Exception {
    INDArray data = data();
    float[] before = data.dup().data().asFloat();
    List<EpochReport> reports = new ArrayList<>();
    RecordingNetwork network = run(data, 1, 0.2, ADD_100_PLUS_NOISE, reports);
    assertArrayEquals(before, data.dup().data().asFloat(), "the caller's rows are never modified");
    assertEquals(3 * 4, network.m_inputs.size(), "32 training rows in batches of 8, 3 epochs");
    for (int b = 0; b < network.m_inputs.size(); b++) {
      float[] input = network.m_inputs.get(b);
      float[] target = network.m_targets.get(b);
      for (int i = 0; i < input.length; i++) {
        assertTrue(target[i] < 1, "target is clean");
        assertTrue(input[i] - target[i] >= 100 && input[i] - target[i] < 101, "input is the corrupted target");
      }
    }
    assertEquals(3, network.m_validationInputs.size());
    for (int e = 0; e < 3; e++) {
      assertTrue(network.m_validationTargets.get(e)[0] < 1, "held-out loss against clean rows");
      assertTrue(network.m_validationInputs.get(e)[0] >= 100, "held-out input corrupted");
      assertArrayEquals(network.m_validationInputs.get(0), network.m_validationInputs.get(e),
        "held-out rows are corrupted once, so epochs compare");
    }
    assertTrue(reports.get(0).corruptedInput());
    assertTrue(reports.get(0).describe().contains("loss against clean input"), reports.get(0).describe());
  }

  @Test
  void noiseIsFreshForEveryMinibatchAndEpochAndReproducibleFromTheSeed() throws Exception {
    INDArray data = data();
    RecordingNetwork a = run(data, 7, 0, ADD_100_PLUS_NOISE, new ArrayList<>());
    RecordingNetwork b = run(data, 7, 0, ADD_100_PLUS_NOISE, new ArrayList<>());
    RecordingNetwork c = run(data, 8, 0, ADD_100_PLUS_NOISE, new ArrayList<>());
    for (int i = 0; i < a.m_inputs.size(); i++) {
      assertArrayEquals(a.m_inputs.get(i), b.m_inputs.get(i), "same seed, same noise");
      assertFalse(Arrays.equals(a.m_inputs.get(i), c.m_inputs.get(i)), "another seed, other noise");
    }
    // The same clean row seen in two epochs must get different noise: compare noise per row by target.
    int repeats = 0;
    for (int e1 = 0; e1 < 5; e1++) {
      for (int e2 = 5; e2 < 10; e2++) {
        float[] t1 = a.m_targets.get(e1);
        float[] t2 = a.m_targets.get(e2);
        for (int r1 = 0; r1 < 8; r1++) {
          for (int r2 = 0; r2 < 8; r2++) {
            if (t1[r1 * 5] == t2[r2 * 5] && t1[r1 * 5 + 1] == t2[r2 * 5 + 1]) {
              repeats++;
              assertNotEquals(a.m_inputs.get(e1)[r1 * 5], a.m_inputs.get(e2)[r2 * 5], "fresh noise per epoch");
            }
          }
        }
      }
    }
    assertTrue(repeats > 0, "some rows recur across epochs");
  }

  @Test
  void withoutCorruptionInputAndTargetAreTheSameRowsAndTheShufflingIsUnchanged() throws Exception {
    INDArray data = data();
    List<EpochReport> reports = new ArrayList<>();
    RecordingNetwork clean = run(data, 3, 0.2, null, reports);
    RecordingNetwork noisy = run(data, 3, 0.2, ADD_100_PLUS_NOISE, new ArrayList<>());
    for (int i = 0; i < clean.m_inputs.size(); i++) {
      assertArrayEquals(clean.m_inputs.get(i), clean.m_targets.get(i));
      assertArrayEquals(clean.m_targets.get(i), noisy.m_targets.get(i), "noise does not change the shuffling");
    }
    assertFalse(reports.get(0).corruptedInput());
    assertFalse(reports.get(0).describe().contains("clean input"));
  }

  @Test
  void theTwoArgumentLossMeansInputEqualsTarget() {
    RecordingNetwork network = new RecordingNetwork();
    INDArray rows = Nd4j.zeros(DataType.FLOAT, 2, 2);
    network.loss(rows, null);
    assertEquals(1, network.m_validationInputs.size());
    assertArrayEquals(network.m_validationInputs.get(0), network.m_validationTargets.get(0));
  }
}
