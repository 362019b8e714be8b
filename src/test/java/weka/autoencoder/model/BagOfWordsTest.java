package weka.autoencoder.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import weka.autoencoder.codec.Vocabulary;

/** The bag-of-words targets: which tokens count, their frequencies, and each document's loss weight. */
class BagOfWordsTest {

  private static final int CLASSES = 6;
  private static final int U = Vocabulary.UNKNOWN;
  private static final int E = Vocabulary.END;

  @Test
  void countsVocabularyWordsOnlyAndWeightsByTheirNumberTheDocumentWeightAndTheHeadWeight() {
    // document 0: words 2 2 3, an unknown token, the end; document 1 (weight 2): word 5, the end, padding
    float[] ids = {2, 2, U, 3, E, 5, E, 0, 0, 0};
    float[] weights = {1, 1, 1, 1, 1, 2, 2, 0, 0, 0};
    BagOfWords bag = BagOfWords.of(ids, weights, 2, CLASSES, 5, 0.5);
    assertArrayEquals(new float[] {0, 0, 2f / 3, 1f / 3, 0, 0, 0, 0, 0, 0, 0, 1}, bag.frequencies(), 1e-6f);
    assertArrayEquals(new float[] {1.5f, 1f}, bag.weights(), 1e-6f,
      "3 words x weight 1 x 0.5; 1 word x weight 2 x 0.5");
  }

  @Test
  void aDocumentWithoutVocabularyWordsHasNoBagAndCostsNothing() {
    float[] ids = {U, U, E, 2, E, 0};
    float[] weights = {1, 1, 1, 1, 1, 0};
    BagOfWords bag = BagOfWords.of(ids, weights, 2, CLASSES, 3, 1);
    assertEquals(0f, bag.weights()[0]);
    float[] uniform = new float[2 * CLASSES];
    java.util.Arrays.fill(uniform, 1f / CLASSES);
    assertEquals(Math.log(CLASSES), bag.loss(uniform, CLASSES), 1e-6, "only document 1's one word is scored");
  }

  @Test
  void theLossIsTheCrossEntropyOfTheFrequenciesAndFiniteForAConfidentMiss() {
    float[] ids = {2, 3, E};
    float[] weights = {1, 1, 1};
    BagOfWords bag = BagOfWords.of(ids, weights, 1, CLASSES, 3, 1);
    float[] p = {0, 0, 0.5f, 0.25f, 0.25f, 0};
    assertEquals(2 * -(0.5 * Math.log(0.5) + 0.5 * Math.log(0.25)), bag.loss(p, CLASSES), 1e-6,
      "two words, each costing the mean cross-entropy");
    float[] miss = {0, 0, 0, 0, 1, 0};
    double loss = bag.loss(miss, CLASSES);
    assertTrue(Double.isFinite(loss) && loss > 20, "" + loss);
  }
}
