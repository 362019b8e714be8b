package weka.filters.unsupervised.attribute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import weka.autoencoder.TestOptions;
import weka.autoencoder.TextTestData;
import weka.autoencoder.model.TextAutoencoderModel;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.core.Utils;
import weka.core.tokenizers.CharacterNGramTokenizer;
import weka.filters.Filter;

/** RecurrentAutoencoder on text (a string attribute) through Weka's own APIs, on tiny data. */
class RecurrentAutoencoderTextTest {

  /** Trained once: rebuilds the four training sentences. */
  private static RecurrentAutoencoder s_trained;
  private static Instances s_rebuilt;

  private static RecurrentAutoencoder quick(String... extra) throws Exception {
    List<String> options = Arrays.asList("-code-size", "4", "-units", "16", "-embedding-size", "8", "-epochs", "3",
      "-batch-size", "8", "-threads", "1", "-learning-rate", "0.02", "-validation-fraction", "0");
    RecurrentAutoencoder filter = new RecurrentAutoencoder();
    filter.setOptions(TestOptions.merged(options, extra));
    return filter;
  }

  private static Instances run(Filter filter, Instances data) throws Exception {
    filter.setInputFormat(data);
    return Filter.useFilter(data, filter);
  }

  @BeforeAll
  static void train() throws Exception {
    s_trained = quick("-epochs", "60", "-output", "reconstruction", "-error-attribute");
    s_rebuilt = run(s_trained, TextTestData.sentences(8));
  }

  @Test
  void codesReplaceTheTextInPlaceAndKeepTheOtherAttributesAndTheClass() throws Exception {
    Instances data = TextTestData.sentences(4);
    Instances out = run(quick(), data);
    assertEquals(16, out.numInstances());
    assertEquals(6, out.numAttributes());
    assertEquals("id", out.attribute(0).name());
    assertEquals("code_0", out.attribute(1).name());
    assertEquals("code_3", out.attribute(4).name());
    assertEquals(5, out.classIndex());
    assertTrue(out.classAttribute().isNominal());
    for (int i = 0; i < out.numInstances(); i++) {
      Instance row = out.instance(i);
      assertFalse(row.hasMissingValue());
      assertEquals(data.instance(i).value(0), row.value(0), 0);
      assertEquals(data.instance(i).stringValue(2), row.stringValue(5));
      for (int c = 1; c <= 4; c++) {
        assertTrue(Double.isFinite(row.value(c)));
      }
    }
    assertTrue(out.instance(0).value(1) != out.instance(2).value(1), "different sentences, different codes");
  }

  @Test
  void reconstructionRebuildsTheTrainingSentencesInTheSameStringAttribute() {
    assertEquals("text", s_rebuilt.attribute(1).name());
    assertTrue(s_rebuilt.attribute(1).isString());
    assertEquals("reconstruction_error", s_rebuilt.attribute(3).name());
    assertEquals(2, s_rebuilt.classIndex());
    int exact = 0;
    for (int i = 0; i < s_rebuilt.numInstances(); i++) {
      exact += s_rebuilt.instance(i).stringValue(1).equals(TextTestData.SENTENCES[i % 4]) ? 1 : 0;
      double error = s_rebuilt.instance(i).value(3);
      assertTrue(error >= 0 && Double.isFinite(error), "error " + error);
    }
    assertTrue(exact >= 24, exact + " of 32 sentences rebuilt exactly: " + s_rebuilt.instance(0).stringValue(1));
  }

  @Test
  void laterBatchesReadUnseenWordsAsUnknownAndScoreUnlikeDocumentsHigher() throws Exception {
    Instances later = TextTestData.header("later");
    TextTestData.add(later, 0, "the cat sat on the mat", "a");
    TextTestData.add(later, 1, "quantum flux capacitor overload imminent", "b");
    TextTestData.add(later, 2, "the zebra sat on the mat", "a");
    Instances out = Filter.useFilter(later, s_trained);
    assertEquals(3, out.numInstances());
    assertEquals("the cat sat on the mat", out.instance(0).stringValue(1));
    assertTrue(out.instance(1).value(3) > 2 * out.instance(0).value(3),
      "a document of only unknown words scores higher: " + out.instance(1).value(3) + " vs "
        + out.instance(0).value(3));
    assertTrue(Double.isFinite(out.instance(1).value(3)));
    assertTrue(out.instance(2).value(3) > out.instance(0).value(3), "one unknown word raises the score");
  }

  @Test
  void emptyAndMissingDocumentsAreFilteredEmptyGivesTextMissingGivesMissing() throws Exception {
    Instances later = TextTestData.header("later");
    TextTestData.add(later, 0, "", "a");
    TextTestData.add(later, 1, null, "b");
    Instances out = Filter.useFilter(later, s_trained);
    assertEquals("", out.instance(0).stringValue(1));
    assertTrue(Double.isFinite(out.instance(0).value(3)));
    assertTrue(out.instance(1).isMissing(1));
    assertTrue(out.instance(1).isMissing(3));
    assertEquals("b", out.instance(1).stringValue(2));
  }

  @Test
  void aSerializedCopyFiltersTheSame() throws Exception {
    Instances later = TextTestData.sentences(1);
    Instances before = Filter.useFilter(later, s_trained);
    RecurrentAutoencoder copy = (RecurrentAutoencoder) SerializationHelper.read(new java.io.ByteArrayInputStream(
      serialize(s_trained)));
    Instances after = Filter.useFilter(later, copy);
    for (int i = 0; i < later.numInstances(); i++) {
      assertEquals(before.instance(i).stringValue(1), after.instance(i).stringValue(1));
      assertEquals(before.instance(i).value(3), after.instance(i).value(3), 1e-5);
    }
    assertTrue(copy.getModel() instanceof TextAutoencoderModel);
  }

  private static byte[] serialize(Object o) throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    SerializationHelper.write(bytes, o);
    return bytes.toByteArray();
  }

  @Test
  void optionsSurviveARoundTripWithTheTokenizersOwnOptions() throws Exception {
    RecurrentAutoencoder filter = quick("-tokenizer", "weka.core.tokenizers.CharacterNGramTokenizer -max 1 -min 1",
      "-vocabulary-size", "50", "-max-tokens", "40", "-keep-case", "-text-attribute", "2", "-embedding-size", "5",
      "-text-summary", "mean-max");
    String[] options = filter.getOptions();
    RecurrentAutoencoder again = new RecurrentAutoencoder();
    again.setOptions(options.clone());
    assertArrayEquals(options, again.getOptions());
    assertTrue(again.getTokenizer() instanceof CharacterNGramTokenizer);
    assertEquals(1, ((CharacterNGramTokenizer) again.getTokenizer()).getNGramMaxSize());
    assertEquals(50, again.getVocabularySize());
    assertEquals(40, again.getMaxTokens());
    assertTrue(again.getKeepCase());
    assertEquals("2", again.getTextAttribute());
    assertEquals(5, again.getEmbeddingSize());
    assertEquals("mean-max", again.getTextSummary().getSelectedTag().getReadable());
    String defaults = Utils.joinOptions(new RecurrentAutoencoder().getOptions());
    assertTrue(defaults.contains("-tokenizer \"weka.core.tokenizers.WordTokenizer"), defaults);
  }

  @Test
  void aPooledSummaryGivesFiniteCodesThatTellDocumentsApartAndAnUnknownSummaryIsRefused() throws Exception {
    Instances out = run(quick("-text-summary", "mean-max"), TextTestData.sentences(2));
    assertEquals(8, out.numInstances());
    for (int i = 0; i < out.numInstances(); i++) {
      for (int c = 1; c <= 4; c++) {
        assertTrue(Double.isFinite(out.instance(i).value(c)));
      }
    }
    assertTrue(out.instance(0).value(1) != out.instance(2).value(1), "different sentences, different codes");
    Exception e = assertThrows(Exception.class, () -> quick("-text-summary", "first"));
    assertTrue(e.getMessage().contains("-text-summary") && e.getMessage().contains("mean-max"), e.getMessage());
  }

  @Test
  void charactersAreReadAndRebuiltWithTheCharacterTokenizer() throws Exception {
    Instances data = TextTestData.header("names");
    for (int c = 0; c < 6; c++) {
      TextTestData.add(data, c, "ab", "a");
      TextTestData.add(data, c, "ba", "b");
    }
    Instances out = run(quick("-tokenizer", "weka.core.tokenizers.CharacterNGramTokenizer -max 1 -min 1",
      "-epochs", "40", "-output", "reconstruction"), data);
    assertEquals("ab", out.instance(0).stringValue(1));
    assertEquals("ba", out.instance(1).stringValue(1));
  }

  @Test
  void maskingNoiseTrainsOnDroppedTokensAndGaussianNoiseIsRefused() throws Exception {
    Instances data = TextTestData.sentences(2);
    Instances out = run(quick("-noise", "weka.autoencoder.noise.MaskingNoise -probability 0.3"), data);
    assertEquals(8, out.numInstances());
    Exception e = assertThrows(Exception.class,
      () -> run(quick("-noise", "weka.autoencoder.noise.GaussianNoise -stddev 0.2"), TextTestData.sentences(2)));
    assertTrue(e.getMessage().contains("cannot corrupt text") && e.getMessage().contains("MaskingNoise"),
      e.getMessage());
  }

  @Test
  void aVocabularySizeOfZeroIsRefusedWhenSet() {
    Exception e = assertThrows(Exception.class, () -> quick("-vocabulary-size", "0"));
    assertTrue(e.getMessage().contains("-vocabulary-size") && e.getMessage().contains("at least 1"),
      e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new RecurrentAutoencoder().setMaxTokens(0));
  }

  @Test
  void trainingOnlyOnEmptyOrMissingDocumentsIsRefusedNamingTheAttribute() throws Exception {
    Instances data = TextTestData.header("empty");
    TextTestData.add(data, 0, "", "a");
    TextTestData.add(data, 1, null, "b");
    Exception e = assertThrows(Exception.class, () -> run(quick(), data));
    assertTrue(e.getMessage().contains("'text'") && e.getMessage().contains("nothing to learn"), e.getMessage());
  }

  @Test
  void aSecondStringAttributeIsRefusedWithWhatToDo() throws Exception {
    Instances data = TextTestData.sentences(1);
    data.insertAttributeAt(new weka.core.Attribute("title", (java.util.List<String>) null), 0);
    Exception e = assertThrows(Exception.class, () -> quick().setInputFormat(data));
    assertTrue(e.getMessage().contains("'title'") && e.getMessage().contains("RemoveType"), e.getMessage());
  }

  @Test
  void textOptionsThatDoNotFitTheDataAreRefused() throws Exception {
    Instances data = TextTestData.sentences(1);
    Exception numeric = assertThrows(Exception.class, () -> quick("-text-attribute", "1").setInputFormat(data));
    assertTrue(numeric.getMessage().contains("not string"), numeric.getMessage());
    Exception reverse = assertThrows(Exception.class, () -> quick("-reverse-target").setInputFormat(data));
    assertTrue(reverse.getMessage().contains("-reverse-target"), reverse.getMessage());
    Exception bidirectional = assertThrows(Exception.class,
      () -> quick("-bidirectional", "-reverse-target").setInputFormat(data));
    assertTrue(bidirectional.getMessage().contains("-reverse-target and -bidirectional are for numeric sequences"),
      bidirectional.getMessage());
    Exception both = assertThrows(Exception.class,
      () -> quick("-text-attribute", "2", "-sequence-channels", "1").setInputFormat(data));
    assertTrue(both.getMessage().contains("one input form"), both.getMessage());
    Exception tokenizer = assertThrows(Exception.class, () -> quick("-tokenizer", "java.lang.String"));
    assertTrue(tokenizer.getMessage().contains("-tokenizer"), tokenizer.getMessage());
  }
}
