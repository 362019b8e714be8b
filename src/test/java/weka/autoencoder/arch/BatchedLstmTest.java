package weka.autoencoder.arch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import weka.autoencoder.nd4j.Nd4jBoundary;

/**
 * The batched layer must be the same LSTM as Deeplearning4j's own layer: given the same weights (its gate blocks are
 * input-forget-output-cell, where Deeplearning4j keeps cell-forget-output-input), both must give the
 * same outputs, honour the step mask the same way, and give the same gradients.
 */
class BatchedLstmTest {

  private static final int INPUTS = 3;
  private static final int UNITS = 5;
  private static final int STEPS = 7;
  private static final int[] DL4J_BLOCK = BatchedLstm.DL4J_BLOCK;

  private static ComputationGraph graph(Layer lstm) {
    ComputationGraph graph = new ComputationGraph(new NeuralNetConfiguration.Builder().seed(3)
      .dataType(DataType.DOUBLE).updater(new Sgd(0.1)).weightInit(WeightInit.XAVIER).graphBuilder()
      .addInputs("in").addLayer("lstm", lstm, "in")
      .addLayer("out", new RnnOutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(UNITS).nOut(2)
        .activation(Activation.IDENTITY).dataFormat(RNNFormat.NCW).build(), "lstm")
      .setOutputs("out").build());
    graph.init();
    return graph;
  }

  private static ComputationGraph dl4j() {
    return graph(new LSTM.Builder().nIn(INPUTS).nOut(UNITS).activation(Activation.TANH)
      .dataFormat(RNNFormat.NCW).build());
  }

  /** @return the batched twin of the given Deeplearning4j net, with the same weights */
  private static ComputationGraph batchedTwin(ComputationGraph dl4j) {
    ComputationGraph batched = graph(new BatchedLstm(INPUTS, UNITS));
    INDArray w = dl4j.getLayer("lstm").getParam("W");
    INDArray rw = dl4j.getLayer("lstm").getParam("RW");
    INDArray b = dl4j.getLayer("lstm").getParam("b");
    // (assign: the SameDiff layer's setParam only checks the shape)
    batched.getLayer("lstm").getParam("W").assign(toBatched(w));
    batched.getLayer("lstm").getParam("RW")
      .assign(toBatched(rw.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 4 * UNITS))));
    batched.getLayer("lstm").getParam("b").assign(toBatched(b).reshape(1, 4 * UNITS));
    batched.getLayer("out").setParams(dl4j.getLayer("out").params().dup());
    return batched;
  }

  private static INDArray toBatched(INDArray dl4jOrder) {
    INDArray batched = Nd4j.create(dl4jOrder.dataType(), dl4jOrder.shape());
    for (int k = 0; k < 4; k++) {
      batched.get(NDArrayIndex.all(), NDArrayIndex.interval(k * UNITS, (k + 1) * UNITS))
        .assign(dl4jOrder.get(NDArrayIndex.all(), NDArrayIndex.interval(DL4J_BLOCK[k] * UNITS,
          (DL4J_BLOCK[k] + 1) * UNITS)));
    }
    return batched;
  }

  private static INDArray input() {
    Nd4j.getRandom().setSeed(11);
    return Nd4j.randn(DataType.DOUBLE, 4, INPUTS, STEPS);
  }

  private static final int[] LENGTHS = {7, 5, 2, 1};

  /** @return the step mask of sequences of {@link #LENGTHS} */
  private static INDArray mask() {
    INDArray mask = Nd4j.zeros(DataType.DOUBLE, LENGTHS.length, STEPS);
    for (int i = 0; i < LENGTHS.length; i++) {
      mask.get(NDArrayIndex.point(i), NDArrayIndex.interval(0, LENGTHS[i])).assign(1);
    }
    return mask;
  }

  private static double maxDifference(INDArray a, INDArray b) {
    return a.sub(b).amaxNumber().doubleValue();
  }

  @Test
  void givesDeeplearning4jsOutputsWithAndWithoutAStepMask() throws Exception {
    Nd4jBoundary.call(1, () -> {
      ComputationGraph dl4j = dl4j();
      ComputationGraph batched = batchedTwin(dl4j);
      INDArray x = input();
      assertEquals(0, maxDifference(dl4j.outputSingle(x), batched.outputSingle(x)), 1e-10);
      INDArray[] masks = {mask()};
      INDArray expected = dl4j.output(false, new INDArray[] {x}, masks)[0];
      INDArray actual = batched.output(false, new INDArray[] {x}, masks)[0];
      for (int i = 0; i < LENGTHS.length; i++) {
        INDArrayIndex[] inside = {NDArrayIndex.point(i), NDArrayIndex.all(), NDArrayIndex.interval(0, LENGTHS[i])};
        assertEquals(0, maxDifference(expected.get(inside), actual.get(inside)), 1e-10, "sequence " + i);
      }
      // after its end a sequence's states are 0 (Deeplearning4j's layer leaves values there that nothing reads)
      org.deeplearning4j.nn.api.Layer lstm = batched.getLayer("lstm");
      lstm.setMaskArray(masks[0]);
      INDArray states = lstm.activate(x, false, LayerWorkspaceMgr.noWorkspaces());
      assertEquals(0, states.get(NDArrayIndex.point(3), NDArrayIndex.all(), NDArrayIndex.interval(1, STEPS))
        .amaxNumber().doubleValue(), 0.0);
      return null;
    });
  }

  @Test
  void givesDeeplearning4jsGradientsUnderAStepMask() throws Exception {
    Nd4jBoundary.call(1, () -> {
      ComputationGraph dl4j = dl4j();
      ComputationGraph batched = batchedTwin(dl4j);
      INDArray x = input();
      INDArray y = Nd4j.randn(DataType.DOUBLE, 4, 2, STEPS);
      INDArray mask = mask();
      for (ComputationGraph graph : new ComputationGraph[] {dl4j, batched}) {
        graph.setInputs(x);
        graph.setLabels(y);
        graph.setLayerMaskArrays(new INDArray[] {mask}, new INDArray[] {mask});
        graph.computeGradientAndScore();
      }
      assertEquals(dl4j.score(), batched.score(), 1e-10);
      INDArray expectedW = toBatched(dl4j.gradient().getGradientFor("lstm_W"));
      INDArray expectedRw = toBatched(dl4j.gradient().getGradientFor("lstm_RW")
        .get(NDArrayIndex.all(), NDArrayIndex.interval(0, 4 * UNITS)));
      INDArray expectedB = toBatched(dl4j.gradient().getGradientFor("lstm_b")).reshape(1, 4 * UNITS);
      assertTrue(expectedW.amaxNumber().doubleValue() > 1e-3, "the check needs gradients that are not 0");
      assertEquals(0, maxDifference(expectedW, batched.gradient().getGradientFor("lstm_W")), 1e-9);
      assertEquals(0, maxDifference(expectedRw, batched.gradient().getGradientFor("lstm_RW")), 1e-9);
      assertEquals(0, maxDifference(expectedB, batched.gradient().getGradientFor("lstm_b")), 1e-9);
      return null;
    });
  }

  @Test
  void aSavedNetworkLoadsAndGivesTheSameOutputs() throws Exception {
    Nd4jBoundary.call(1, () -> {
      ComputationGraph batched = batchedTwin(dl4j());
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      ModelSerializer.writeModel(batched, bytes, true);
      ComputationGraph loaded = ModelSerializer.restoreComputationGraph(
        new java.io.ByteArrayInputStream(bytes.toByteArray()), true);
      assertTrue(loaded.getLayer("lstm") instanceof BatchedLstmLayer);
      INDArray x = input();
      assertArrayEquals(batched.outputSingle(x).shape(), loaded.outputSingle(x).shape());
      assertEquals(0, maxDifference(batched.outputSingle(x), loaded.outputSingle(x)), 0.0);
      return null;
    });
  }

  @Test
  void countsItsParametersWithoutOverflow() throws Exception {
    Nd4jBoundary.call(1, () -> {
      ComputationGraph batched = graph(new BatchedLstm(INPUTS, UNITS));
      assertEquals(batched.getLayer("lstm").numParams(), new BatchedLstm(INPUTS, UNITS).parameterCount(), 0.0);
      assertEquals(4e16, new BatchedLstm(3, 100_000_000).parameterCount(), 1e12);
      return null;
    });
  }

  @Test
  void aNetworkStartsAtTheWeightsDeeplearning4jsLayerWouldHaveDrawn() throws Exception {
    Nd4jBoundary.call(1, () -> {
      String before = System.getProperty(RecurrentArchitecture.BATCHED_LSTM_PROPERTY);
      try {
        System.setProperty(RecurrentArchitecture.BATCHED_LSTM_PROPERTY, "false");
        ComputationGraph dl4j = new RecurrentArchitecture(2, new int[] {6, 4}, 3).build(5, 0.01, 0);
        System.setProperty(RecurrentArchitecture.BATCHED_LSTM_PROPERTY, "true");
        ComputationGraph batched = new RecurrentArchitecture(2, new int[] {6, 4}, 3).build(5, 0.01, 0);
        assertTrue(batched.getLayer("encoder_0") instanceof BatchedLstmLayer);
        INDArray x = Nd4j.rand(new int[] {3, 2, 5});
        assertEquals(0, maxDifference(dl4j.outputSingle(x), batched.outputSingle(x)), 1e-6);
        assertTrue(dl4j.outputSingle(x).amaxNumber().doubleValue() > 1e-3, "the check needs outputs that are not 0");
      } finally {
        if (before == null) {
          System.clearProperty(RecurrentArchitecture.BATCHED_LSTM_PROPERTY);
        } else {
          System.setProperty(RecurrentArchitecture.BATCHED_LSTM_PROPERTY, before);
        }
      }
      return null;
    });
  }
}
