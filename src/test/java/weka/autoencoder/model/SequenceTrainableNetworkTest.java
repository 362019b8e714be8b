package weka.autoencoder.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import weka.autoencoder.arch.PrincipalAxes;
import weka.autoencoder.arch.RecurrentArchitecture;
import weka.autoencoder.nd4j.Nd4jBoundary;
import weka.autoencoder.train.TrainingLoop;
import weka.autoencoder.train.TrainingSettings;
import weka.autoencoder.train.ProgressListener;

class SequenceTrainableNetworkTest {

  @Test
  void lengthsComeFromTheLastWeightedStepAndReversalStaysWithinEachLength() throws Exception {
    Nd4jBoundary.call(1, () -> {
      // 2 sequences, 1 channel, 4 steps; the second has weights only on steps 0 and 2 (step 1 missing).
      INDArray weights = Nd4j.create(new float[] {1, 1, 1, 1, 1, 0, 1, 0}, new long[] {2, 1, 4}, 'c');
      assertArrayEquals(new int[] {4, 3}, TimeSteps.lengths(weights));
      INDArray x = Nd4j.create(new float[] {1, 2, 3, 4, 5, 6, 7, 8}, new long[] {2, 1, 4}, 'c');
      assertArrayEquals(new float[] {4, 3, 2, 1, 7, 6, 5, 8},
        TimeSteps.reverse(x, new int[] {4, 3}).data().asFloat());
      assertArrayEquals(new float[] {1, 1, 1, 1, 1, 1, 1, 0},
        TimeSteps.stepMask(new int[] {4, 3}, 4).dup('c').data().asFloat());
      return null;
    });
  }

  @Test
  void theReportedMinibatchLossIsTheMeanSquaredErrorOverWeightedEntries() throws Exception {
    Nd4jBoundary.call(1, () -> {
      Nd4j.getRandom().setSeed(3);
      INDArray x = Nd4j.rand(new int[] {5, 2, 6});
      INDArray weights = Nd4j.ones(5, 2, 6);
      weights.putScalar(new int[] {1, 0, 2}, 0);
      for (int t = 3; t < 6; t++) { // sequence 3 is only 3 steps long
        weights.putScalar(new int[] {3, 0, t}, 0);
        weights.putScalar(new int[] {3, 1, t}, 0);
      }
      for (boolean reversed : new boolean[] {false, true}) {
        ComputationGraph graph = new RecurrentArchitecture(2, new int[] {4}, 2).build(1, 1e-7, 0);
        SequenceTrainableNetwork network = new SequenceTrainableNetwork(graph, reversed);
        double before = network.loss(x, weights);
        double reported = network.fitBatch(x, x, weights);
        assertEquals(before, reported, 1e-4 * Math.max(1, before), "reversed=" + reversed);
        double all = network.loss(x, null);
        assertTrue(all > 0);
      }
      return null;
    });
  }

  @Test
  void trainingThroughTheSharedLoopLowersTheLossOnSines() throws Exception {
    Nd4jBoundary.call(1, () -> {
      INDArray x = sines();
      ComputationGraph graph = new RecurrentArchitecture(1, new int[] {16}, 2).build(1, 0.02, 0);
      SequenceTrainableNetwork network = new SequenceTrainableNetwork(graph, true);
      double before = network.loss(x, null);
      new TrainingLoop(new TrainingSettings(25, 16, 1, 0, 0), ProgressListener.SILENT).train(network, x, null);
      double after = network.loss(x, null);
      assertTrue(after < 0.25 * before, "loss " + before + " -> " + after);
      return null;
    });
  }

  @Test
  void theBidirectionalEncoderReadsBothWaysRespectsLengthsAndTrains() throws Exception {
    Nd4jBoundary.call(1, () -> {
      ComputationGraph graph = new RecurrentArchitecture(1, new int[] {6}, 3, true).build(2, 0.02, 0);
      assertTrue(graph.getLayer("backward_encoder_0") != null, "a second encoder reads the reversed sequence");
      assertEquals(12, ((org.deeplearning4j.nn.conf.layers.FeedForwardLayer) graph.getLayer(
        RecurrentArchitecture.CODE).conf().getLayer()).getNIn(), "the code reads both 6-unit summaries");
      SequenceAutoencoderModel model = new SequenceAutoencoderModel(null, graph, false, null);
      // A 3-step sequence alone, and the same sequence padded to 5 steps with junk behind its mask.
      INDArray alone = Nd4j.create(new float[] {0.1f, 0.5f, 0.9f}, new long[] {1, 1, 3}, 'c');
      INDArray padded = Nd4j.create(new float[] {0.1f, 0.5f, 0.9f, 7, -7}, new long[] {1, 1, 5}, 'c');
      INDArray code = model.encode(alone, null);
      INDArray paddedCode = model.encode(padded, TimeSteps.stepMask(new int[] {3}, 5));
      assertArrayEquals(code.toFloatVector(), paddedCode.toFloatVector(), 1e-5f,
        "steps behind a sequence's end change neither direction's summary");
      INDArray reversedOrder = Nd4j.create(new float[] {0.9f, 0.5f, 0.1f}, new long[] {1, 1, 3}, 'c');
      assertTrue(model.encode(reversedOrder, null).distance2(code) > 1e-4, "the code depends on the order");

      INDArray x = sines();
      SequenceTrainableNetwork network = new SequenceTrainableNetwork(
        new RecurrentArchitecture(1, new int[] {16}, 2, true).build(1, 0.02, 0), true);
      double before = network.loss(x, null);
      new TrainingLoop(new TrainingSettings(25, 16, 1, 0, 0), ProgressListener.SILENT).train(network, x, null);
      double after = network.loss(x, null);
      assertTrue(after < 0.25 * before, "loss " + before + " -> " + after);
      return null;
    });
  }

  @Test
  void aLinearPathNetworkGetsNoStepMaskForMissingLastStepsAndTrainsOnFromItsPcaStart() throws Exception {
    Nd4jBoundary.call(1, () -> {
      INDArray x = sines();
      // one code unit: a sine's phase is a circle, which no single linear code unit can follow
      RecurrentArchitecture architecture = new RecurrentArchitecture(1, new int[] {8}, 1, false, 8);
      ComputationGraph graph = architecture.build(1, 0.005, 0);
      architecture.startAtPrincipalAxes(graph, PrincipalAxes.fit(x.dup('c').data().asFloat(), 8, null, 1), false);
      SequenceTrainableNetwork network = new SequenceTrainableNetwork(graph, false, true);
      // the last two steps of the first sine are missing: no step mask (the reshape of a fixed window takes none),
      // the missing entries are only left out of the loss
      INDArray weights = Nd4j.ones(32, 1, 8);
      weights.putScalar(new int[] {0, 0, 6}, 0);
      weights.putScalar(new int[] {0, 0, 7}, 0);
      double pca = network.loss(x, null);
      double masked = network.loss(x, weights);
      assertEquals(masked, network.fitBatch(x, x, weights), 1e-4 * Math.max(1, masked));
      new TrainingLoop(new TrainingSettings(40, 16, 1, 0, 0), ProgressListener.SILENT).train(network, x, null);
      double after = network.loss(x, null);
      assertTrue(after < pca, "training lowers the loss below PCA's on sines: " + pca + " -> " + after);
      INDArray lstmIntoOutput = graph.getLayer(RecurrentArchitecture.OUTPUT).getParam("W").getRow(0);
      assertTrue(lstmIntoOutput.amaxNumber().doubleValue() > 0, "the decoder LSTM now feeds the output");
      return null;
    });
  }

  /** @return 32 one-channel sines of 8 steps with random phases, in [0.1, 0.9] */
  private static INDArray sines() {
    int n = 32;
    int steps = 8;
    float[] values = new float[n * steps];
    java.util.Random random = new java.util.Random(4);
    for (int i = 0; i < n; i++) {
      double phase = random.nextDouble() * 6.28;
      for (int t = 0; t < steps; t++) {
        values[i * steps + t] = (float) (0.5 + 0.4 * Math.sin(phase + 0.7 * t));
      }
    }
    return Nd4j.create(values, new long[] {n, 1, steps}, 'c');
  }

  @Test
  void codesAndReconstructionsFromOnePassEqualThoseOfTwo() throws Exception {
    Nd4jBoundary.call(1, () -> {
      ComputationGraph graph = new RecurrentArchitecture(1, new int[] {6}, 3).build(4, 0.02, 0);
      SequenceAutoencoderModel model = new SequenceAutoencoderModel(null, graph, true, null);
      INDArray x = sines();
      int[] lengths = new int[(int) x.size(0)];
      java.util.Arrays.fill(lengths, (int) x.size(2));
      lengths[0] = 5;
      INDArray mask = TimeSteps.stepMask(lengths, (int) x.size(2));
      INDArray[] both = model.encodeAndReconstruct(x, mask, lengths);
      assertArrayEquals(model.encode(x, mask).reshape(-1).toFloatVector(), both[0].reshape(-1).toFloatVector(), 1e-6f);
      assertArrayEquals(model.reconstruct(x, mask, lengths).reshape(-1).toFloatVector(),
        both[1].reshape(-1).toFloatVector(), 1e-6f,
        "the reversed decoder's output is put back in order the same way");
      return null;
    });
  }
}
