package weka.autoencoder.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import weka.autoencoder.TextTestData;
import weka.core.Instances;
import weka.core.tokenizers.CharacterNGramTokenizer;
import weka.core.tokenizers.WordTokenizer;

/** Tokens, vocabulary and unknown tokens of the text codec, without a network. */
class TextCodecTest {

  private static TokenReader words(int maxTokens) {
    return new TokenReader(new WordTokenizer(), false, maxTokens);
  }

  private static CharacterNGramTokenizer characters() {
    CharacterNGramTokenizer tokenizer = new CharacterNGramTokenizer();
    tokenizer.setNGramMinSize(1);
    tokenizer.setNGramMaxSize(1);
    return tokenizer;
  }

  @Test
  void wordsAreSplitAtWekasDelimitersAndLowerCasedUnlessCaseIsKept() {
    assertEquals(Arrays.asList("grain", "exports", "rose", "3", "pct"), words(10).tokens("Grain exports, ROSE 3 pct."));
    assertEquals(Arrays.asList("Grain", "ROSE"), new TokenReader(new WordTokenizer(), true, 10).tokens("Grain ROSE"));
  }

  @Test
  void longDocumentsAreCutAfterMaxTokens() {
    assertEquals(Arrays.asList("a", "b", "c"), words(3).tokens("a b c d e"));
    assertEquals(5, words(3).allTokens("a b c d e").size());
  }

  @Test
  void charactersKeepSpacesAndAreRebuiltWithoutSeparator() {
    TokenReader reader = new TokenReader(characters(), false, 20);
    assertEquals(Arrays.asList("a", " ", "b", "c"), reader.tokens("A bc"));
    assertEquals("", reader.separator());
    assertEquals(" ", words(5).separator());
  }

  @Test
  void theVocabularyKeepsTheMostFrequentTokensTiesInAlphabeticalOrder() {
    Map<String, Integer> counts = new HashMap<>();
    counts.put("the", 10);
    counts.put("zebra", 3);
    counts.put("apple", 3);
    counts.put("rare", 1);
    Vocabulary vocabulary = Vocabulary.fit(counts, 3);
    assertEquals(3, vocabulary.size());
    assertEquals(5, vocabulary.classes());
    assertEquals(2, vocabulary.id("the"));
    assertEquals(3, vocabulary.id("apple"));
    assertEquals(4, vocabulary.id("zebra"));
    assertEquals(Vocabulary.UNKNOWN, vocabulary.id("rare"));
    assertEquals(Vocabulary.UNKNOWN_TEXT, vocabulary.token(Vocabulary.UNKNOWN));
    assertEquals("", vocabulary.token(Vocabulary.END));
    assertEquals("zebra", vocabulary.token(4));
  }

  @Test
  void aVocabularySizeOfZeroIsRefusedNamingTheOption() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
      () -> Vocabulary.fit(new HashMap<>(), 0));
    assertTrue(e.getMessage().contains("-vocabulary-size"), e.getMessage());
  }

  @Test
  void documentsBecomePaddedTokenNumbersEachClosedByTheEndToken() {
    Instances data = TextTestData.header("t");
    TextTestData.add(data, 0, "b a b", "a");
    TextTestData.add(data, 1, "", "a");
    TextTestData.add(data, 2, null, "b");
    TextTestData.add(data, 3, "zz b qq a b x", "b");
    TextCodec codec = TextCodec.fit(data, 1, words(4), 2);
    assertEquals(2, codec.vocabulary().size());
    int b = codec.vocabulary().id("b");
    int a = codec.vocabulary().id("a");
    assertEquals(2, b, "b is the most frequent token");
    TextBatch batch = codec.encode(data, 0, 4);
    assertEquals(5, batch.steps(), "4 tokens at most, plus the end token");
    assertArrayEquals(new int[] {4, 1, 1, 5}, batch.lengths());
    assertArrayEquals(new boolean[] {false, false, true, false}, batch.missing());
    assertEquals(1, batch.cut(), "only the six-token document is cut");
    assertArrayEquals(new long[] {4, 1, 5}, batch.shape());
    assertEquals(b, batch.id(0, 0));
    assertEquals(a, batch.id(0, 1));
    assertEquals(Vocabulary.END, batch.id(0, 3));
    assertEquals(Vocabulary.END, batch.id(1, 0), "an empty document is the end token alone");
    assertEquals(Vocabulary.UNKNOWN, batch.id(3, 0), "zz is outside the vocabulary");
    assertEquals(Vocabulary.END, batch.id(3, 4));
    float[] mask = batch.mask();
    assertEquals(1f, mask[3]);
    assertEquals(0f, mask[4], "padding is masked");
    assertEquals(1f, mask[5]);
    assertEquals(0f, mask[6]);
  }

  @Test
  void decodingJoinsTokensWritesUnknownAndStopsBeforeTheLastStep() {
    Instances data = TextTestData.header("t");
    TextTestData.add(data, 0, "grain prices rose", "a");
    TextCodec codec = TextCodec.fit(data, 1, words(10), 10);
    int grain = codec.vocabulary().id("grain");
    int rose = codec.vocabulary().id("rose");
    assertEquals("grain <unk> rose", codec.decode(new int[] {grain, Vocabulary.UNKNOWN, rose, Vocabulary.END}, 4));
    assertEquals("grain rose", codec.decode(new int[] {grain, Vocabulary.END, rose, grain}, 4),
      "an end token predicted early is skipped; the last step is the document's own end");
    assertEquals("", codec.decode(new int[] {grain}, 1));
  }

  @Test
  void wordsFirstSeenInALaterBatchAreUnknown() {
    Instances train = TextTestData.header("t");
    TextTestData.add(train, 0, "wheat corn", "a");
    TextCodec codec = TextCodec.fit(train, 1, words(10), 10);
    Instances later = TextTestData.header("t");
    TextTestData.add(later, 0, "corn soybeans", "a");
    TextBatch batch = codec.encode(later, 0, 1);
    assertFalse(batch.id(0, 0) == Vocabulary.UNKNOWN);
    assertEquals(Vocabulary.UNKNOWN, batch.id(0, 1));
    List<String> none = words(10).tokens("");
    assertTrue(none.isEmpty());
  }

  @Test
  void trainingDocumentsWithoutAnyTokenAreRefusedNamingTheAttribute() {
    Instances data = TextTestData.header("t");
    TextTestData.add(data, 0, "", "a");
    TextTestData.add(data, 1, null, "a");
    TextTestData.add(data, 2, " ,.; ", "b");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
      () -> TextCodec.fit(data, 1, words(10), 10));
    assertTrue(e.getMessage().contains("'text'") && e.getMessage().contains("-tokenizer"), e.getMessage());
  }
}
