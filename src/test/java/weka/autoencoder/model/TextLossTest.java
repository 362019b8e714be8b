package weka.autoencoder.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import weka.autoencoder.arch.DocumentSummary;
import weka.autoencoder.arch.TextArchitecture;
import weka.autoencoder.codec.Vocabulary;
import weka.autoencoder.nd4j.FloatMatrices;
import weka.autoencoder.nd4j.Nd4jBoundary;

/** What the text network's training objective counts: the unknown token's weight and the bag-of-words head. */
class TextLossTest {

  private static final int CLASSES = 12;
  private static final int STEPS = 6;

  private static ComputationGraph network() {
    return new TextArchitecture(CLASSES, 6, new int[] {8}, 3, DocumentSummary.LAST).build(7, 0.05, 0);
  }

  @Test
  void withUnknownWeightZeroOnlyTheKnownStepsOfADocumentAreScored() throws Exception {
    Nd4jBoundary.call(1, () -> {
      ComputationGraph graph = network();
      float[] ids = {Vocabulary.UNKNOWN, 4, Vocabulary.UNKNOWN, Vocabulary.END};
      INDArray x = FloatMatrices.create(ids, 1, 1, 4);
      INDArray w = FloatMatrices.create(new float[] {1, 1, 1, 1}, 1, 1, 4);
      INDArray p = graph.output(false, new INDArray[] {x}, new INDArray[] {w.reshape(1, 4)})[0];
      double known = TokenLoss.perDocument(p, ids, new float[] {0, 1, 0, 1})[0];
      double all = TokenLoss.perDocument(p, ids, new float[] {1, 1, 1, 1})[0];
      assertEquals(known, new TextTrainableNetwork(graph, CLASSES, 0, 0).loss(x, x, w), 1e-5);
      assertEquals(all, new TextTrainableNetwork(graph, CLASSES, 0, 1).loss(x, x, w), 1e-5);
      assertTrue(Math.abs(known - all) > 1e-4, "the test needs the unknown steps to cost differently");
      return null;
    });
  }

  @Test
  void theBagOfWordsHeadLearnsWhichWordsADocumentHoldsWhateverTheirOrder() throws Exception {
    Nd4jBoundary.call(1, () -> {
      int n = 32;
      float[] ids = new float[n * STEPS];
      float[] weights = new float[n * STEPS];
      Random random = new Random(5);
      for (int i = 0; i < n; i++) {
        // topic 0 uses words 2..6, topic 1 words 7..11, in random order
        for (int t = 0; t < STEPS - 1; t++) {
          ids[i * STEPS + t] = 2 + (i % 2) * 5 + random.nextInt(5);
        }
        ids[i * STEPS + STEPS - 1] = Vocabulary.END;
        java.util.Arrays.fill(weights, i * STEPS, (i + 1) * STEPS, 1f);
      }
      INDArray x = FloatMatrices.create(ids, n, 1, STEPS);
      INDArray w = FloatMatrices.create(weights, n, 1, STEPS);
      double[] trained = topicMass(1, x, w, n);
      double[] untrained = topicMass(0, x, w, n);
      double mean = java.util.Arrays.stream(trained).average().orElse(0);
      // chance (an untrained head): 5 of 12 tokens, about 0.42
      assertTrue(mean > 0.7, "mean share on the document's topic words " + mean);
      assertTrue(mean > java.util.Arrays.stream(untrained).average().orElse(0) + 0.2, "the head's loss made it");
      for (int i = 0; i < n; i++) {
        assertTrue(trained[i] > 0.5, "document " + i + " puts " + trained[i] + " on its topic's words");
      }
      return null;
    });
  }

  /** @return per document, the bag head's probability on its topic's words after training with this head weight */
  private static double[] topicMass(double bagWeight, INDArray x, INDArray w, int n) {
    ComputationGraph graph = new TextArchitecture(CLASSES, 6, new int[] {8}, 3, DocumentSummary.LAST)
      .build(7, 0.01, 0);
    TextTrainableNetwork network = new TextTrainableNetwork(graph, CLASSES, bagWeight, 1);
    double first = network.loss(x, x, w);
    for (int i = 0; i < 150; i++) {
      network.fitBatch(x, x, w);
    }
    assertTrue(network.loss(x, x, w) < first, "the objective falls");
    float[][] bag = FloatMatrices.rows(graph.output(false, new INDArray[] {x},
      new INDArray[] {w.reshape(n, STEPS)})[1]);
    double[] mass = new double[n];
    for (int i = 0; i < n; i++) {
      for (int c = 2 + (i % 2) * 5; c < 7 + (i % 2) * 5; c++) {
        mass[i] += bag[i][c];
      }
    }
    return mass;
  }

  @Test
  void startingAtTheTokenFrequenciesScoresBetterThanUniformBeforeAnyTraining() throws Exception {
    Nd4jBoundary.call(1, () -> {
      // word 4 makes most of every document, word 5 some, the unknown token once
      float[] ids = {4, 4, 5, Vocabulary.UNKNOWN, 4, Vocabulary.END, 4, 4, 4, 5, Vocabulary.END, 0};
      float[] weights = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0};
      INDArray x = FloatMatrices.create(ids, 2, 1, STEPS);
      INDArray w = FloatMatrices.create(weights, 2, 1, STEPS);
      TextArchitecture architecture = new TextArchitecture(CLASSES, 6, new int[] {8}, 3, DocumentSummary.LAST);
      ComputationGraph plain = architecture.build(7, 0.01, 0);
      ComputationGraph started = architecture.build(7, 0.01, 0);
      architecture.startAtFrequencies(started, ids, weights);
      double before = new TextTrainableNetwork(plain, CLASSES, 1, 1).loss(x, x, w);
      double after = new TextTrainableNetwork(started, CLASSES, 1, 1).loss(x, x, w);
      assertTrue(after < before - 0.5, "uniform start " + before + ", frequency start " + after);
      float[][] bag = FloatMatrices.rows(started.output(false, new INDArray[] {x},
        new INDArray[] {w.reshape(2, STEPS)})[1]);
      assertTrue(bag[0][4] > bag[0][5] && bag[0][5] > bag[0][Vocabulary.UNKNOWN], "bag head: word 4, then 5");
      assertTrue(bag[0][Vocabulary.END] < bag[0][5], "the end token is not a word of the bag");
      return null;
    });
  }

  @Test
  void trainingAndScoringLeaveTheCallersArraysUsable() throws Exception {
    Nd4jBoundary.call(1, () -> {
      TextTrainableNetwork network = new TextTrainableNetwork(network(), CLASSES, 1, 0.5);
      float[] ids = {3, 4, Vocabulary.END, 0, 0, 0, 5, Vocabulary.END, 0, 0, 0, 0};
      float[] weights = {1, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0};
      INDArray x = FloatMatrices.create(ids, 2, 1, STEPS);
      INDArray w = FloatMatrices.create(weights, 2, 1, STEPS);
      assertTrue(Double.isFinite(network.fitBatch(x, x, w)));
      assertTrue(Double.isFinite(network.loss(x, x, w)));
      assertArrayEquals(ids, FloatMatrices.values(x), "arrays the network did not make are not released");
      assertArrayEquals(weights, FloatMatrices.values(w));
      return null;
    });
  }
}
