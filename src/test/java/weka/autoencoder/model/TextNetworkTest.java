package weka.autoencoder.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;

import weka.autoencoder.TextTestData;
import weka.autoencoder.arch.DocumentSummary;
import weka.autoencoder.arch.TextArchitecture;
import weka.autoencoder.codec.TextBatch;
import weka.autoencoder.codec.TextCodec;
import weka.autoencoder.codec.TokenReader;
import weka.autoencoder.codec.Vocabulary;
import weka.autoencoder.filter.TokenCorruption;
import weka.autoencoder.nd4j.Nd4jBoundary;
import weka.autoencoder.nd4j.FloatMatrices;
import weka.autoencoder.noise.MaskingNoise;
import weka.autoencoder.noise.SaltAndPepperNoise;
import weka.core.Instances;
import weka.core.tokenizers.WordTokenizer;

/** Shapes and masking of the text network, its per-token loss, and token noise (one ND4J thread, as in use). */
class TextNetworkTest {

  private static final int CLASSES = 12;

  private static ComputationGraph network() {
    return new TextArchitecture(CLASSES, 6, new int[] {8}, 3, DocumentSummary.LAST).build(7, 0.05, 0);
  }

  private static TextCodec codec(Instances data) {
    return TextCodec.fit(data, 1, new TokenReader(new WordTokenizer(), false, 20), 30);
  }

  @ParameterizedTest
  @EnumSource(DocumentSummary.class)
  void theOutputIsADistributionOverTokensAtEveryStepAndTheCodeOneRowPerDocument(DocumentSummary summary)
    throws Exception {
    Nd4jBoundary.call(1, () -> {
      Instances data = TextTestData.sentences(1);
      TextCodec codec = codec(data);
      ComputationGraph graph = new TextArchitecture(codec.vocabulary().classes(), 6, new int[] {8, 5}, 3, summary)
        .build(7, 0.01, 0);
      TextAutoencoderModel model = new TextAutoencoderModel(codec, graph, null);
      TextBatch batch = codec.encode(data, 0, 4);
      INDArray p = model.predict(batch);
      assertArrayEquals(new long[] {4, codec.vocabulary().classes(), batch.steps()}, p.shape());
      INDArray sums = p.sum(1);
      for (int i = 0; i < 4; i++) {
        for (int t = 0; t < batch.steps(); t++) {
          assertEquals(1.0, sums.getDouble(i, t), 1e-4);
        }
      }
      assertArrayEquals(new long[] {4, 3}, model.encode(batch).shape());
      return null;
    });
  }

  @ParameterizedTest
  @EnumSource(DocumentSummary.class)
  void paddingChangesNeitherTheCodeNorTheLossOfAShortDocument(DocumentSummary summary) throws Exception {
    Nd4jBoundary.call(1, () -> {
      Instances data = TextTestData.header("t");
      TextTestData.add(data, 0, "the cat sat", "a");
      TextTestData.add(data, 1, "a dog ran in the park on a sunny day", "b");
      TextCodec codec = codec(data);
      ComputationGraph graph = new TextArchitecture(codec.vocabulary().classes(), 6, new int[] {8}, 3, summary)
        .build(7, 0.01, 0);
      TextAutoencoderModel model = new TextAutoencoderModel(codec, graph, null);
      TextBatch alone = codec.encode(data, 0, 1);
      TextBatch padded = codec.encode(data, 0, 2);
      assertEquals(4, alone.steps());
      assertEquals(11, padded.steps());
      float[] codeAlone = FloatMatrices.rows(model.encode(alone))[0];
      float[] codePadded = FloatMatrices.rows(model.encode(padded))[0];
      assertArrayEquals(codeAlone, codePadded, 1e-5f, "the code reads only the document's own steps");
      double lossAlone = TokenLoss.perDocument(model.predict(alone), alone.ids(), alone.mask())[0];
      double lossPadded = TokenLoss.perDocument(model.predict(padded), padded.ids(), padded.mask())[0];
      assertEquals(lossAlone, lossPadded, 1e-5, "padding steps are not scored");
      return null;
    });
  }

  @Test
  void trainingStepsLowerTheMeanCrossEntropyPerTokenFromAboutLnOfTheVocabulary() throws Exception {
    Nd4jBoundary.call(1, () -> {
      ComputationGraph graph = network();
      TextTrainableNetwork network = new TextTrainableNetwork(graph, CLASSES, 0, 1);
      int n = 16;
      int steps = 6;
      float[] ids = new float[n * steps];
      float[] weights = new float[n * steps];
      Random random = new Random(3);
      for (int i = 0; i < n; i++) {
        int length = 2 + random.nextInt(steps - 1);
        for (int t = 0; t < length - 1; t++) {
          ids[i * steps + t] = 2 + (i % 2) * 5 + t;
        }
        ids[i * steps + length - 1] = Vocabulary.END;
        for (int t = 0; t < length; t++) {
          weights[i * steps + t] = 1f;
        }
      }
      INDArray x = FloatMatrices.create(ids, n, 1, steps);
      INDArray w = FloatMatrices.create(weights, n, 1, steps);
      double first = network.loss(x, x, w);
      assertEquals(Math.log(CLASSES), first, 0.5, "an untrained network guesses about uniformly");
      for (int i = 0; i < 50; i++) {
        network.fitBatch(x, x, w);
      }
      double last = network.loss(x, x, w);
      assertTrue(last < first / 3, first + " -> " + last);
      return null;
    });
  }

  @Test
  void thePerDocumentLossIgnoresWeightZeroStepsAndIsFiniteForConfidentMisses() throws Exception {
    Nd4jBoundary.call(1, () -> {
      float[] p = new float[2 * 3 * 2];
      // document 0: step 0 puts all mass on token 1 (target 1), step 1 all on token 2 (target 0: a confident miss)
      p[(0 * 3 + 1) * 2 + 0] = 1f;
      p[(0 * 3 + 2) * 2 + 1] = 1f;
      p[(1 * 3 + 0) * 2 + 0] = 0.5f;
      p[(1 * 3 + 1) * 2 + 0] = 0.5f;
      p[(1 * 3 + 2) * 2 + 1] = 1f;
      INDArray probabilities = FloatMatrices.create(p, 2, 3, 2);
      double[] loss = TokenLoss.perDocument(probabilities, new float[] {1, 0, 0, 2}, new float[] {1, 1, 1, 0});
      assertTrue(Double.isFinite(loss[0]) && loss[0] > 10, "a confident miss costs much: " + loss[0]);
      assertEquals(Math.log(2), loss[1], 1e-6, "only the first step of document 1 counts");
      assertArrayEquals(new int[] {1, 2}, TokenLoss.predicted(probabilities)[0]);
      return null;
    });
  }

  @Test
  void tokenNoiseHitsOnlyRealTokensDroppingOrReplacingThem() throws Exception {
    Nd4jBoundary.call(1, () -> {
      int steps = 5;
      float[] clean = {5, 6, 7, Vocabulary.END, 0, 8, Vocabulary.END, 0, 0, 0};
      MaskingNoise masking = new MaskingNoise();
      masking.setProbability(0.99);
      float[] dropped = clean.clone();
      TokenCorruption.of(masking, 10, steps).corrupt(dropped, 2, new Random(1));
      assertArrayEquals(new float[] {0, 0, 0, Vocabulary.END, 0, 0, Vocabulary.END, 0, 0, 0}, dropped);
      SaltAndPepperNoise salt = new SaltAndPepperNoise();
      salt.setProbability(0.99);
      float[] replaced = clean.clone();
      TokenCorruption.of(salt, 10, steps).corrupt(replaced, 2, new Random(1));
      for (int t : new int[] {0, 1, 2, 5}) {
        assertTrue(replaced[t] >= 2 && replaced[t] < 10, "a known token: " + replaced[t]);
      }
      assertEquals(Vocabulary.END, replaced[3]);
      assertEquals(Vocabulary.END, replaced[6]);
      assertEquals(0f, replaced[7]);
      return null;
    });
  }
}
