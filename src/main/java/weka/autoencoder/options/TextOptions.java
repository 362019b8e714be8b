package weka.autoencoder.options;

import weka.autoencoder.arch.DocumentSummary;
import weka.autoencoder.filter.SequenceForm;
import weka.core.tokenizers.Tokenizer;
import weka.core.tokenizers.WordTokenizer;

/**
 * How the recurrent autoencoder reads text: which string attribute, how it is cut into tokens, how many distinct
 * tokens the network knows, how long a document may be, and the size of the token embedding.
 */
public final class TextOptions {

  private TextOptions() {
  }

  public static final Setting<String> TEXT_ATTRIBUTE = Setting.of("text-attribute", "<index>", OptionTypes.TEXT, "")
    .describe("The string attribute read as text (one document per instance): its number (from 1),\n"
      + "first or last.").defaultText(": the first string attribute, if any")
    .check((option, value) -> SequenceForm.checkAttributeIndex(option, value, "for the data's first string attribute"))
    .omittedWhen(String::isEmpty)
    .withTip("The string attribute holding the documents, read as a sequence of tokens: its number counting from "
      + "1, 'first' or 'last'. Leave empty to use the data's first string attribute. Only one text is encoded per "
      + "instance; numeric, nominal and date attributes beside it are kept unchanged, other string or relational "
      + "attributes must be removed first.");

  public static final Setting<Tokenizer> TOKENIZER = Setting.of("tokenizer", "<class name [options]>",
    OptionTypes.TOKENIZER, (Tokenizer) new WordTokenizer())
    .describe("How text is cut into tokens, as class name and options, e.g.\n"
      + "\"weka.core.tokenizers.CharacterNGramTokenizer -max 1 -min 1\" for characters.")
    .withTip("How a document is cut into tokens (as in StringToWordVector). WordTokenizer gives words: short codes "
      + "for topics and content, with a vocabulary of thousands. CharacterNGramTokenizer with min = max = 1 gives "
      + "single characters: a tiny vocabulary and no unknown words, for short strings (names, codes, "
      + "spellings); documents are then many tokens long, so raise maxTokens and expect slower training.");

  public static final Setting<Boolean> KEEP_CASE = Setting.flag("keep-case")
    .describe("Keep upper and lower case apart (default: tokens are lower-cased).")
    .withTip("Keep capital letters: 'Grain' and 'grain' become two tokens. Off by default, so every token is "
      + "lower-cased before the vocabulary is counted.");

  public static final Setting<Integer> VOCABULARY_SIZE = Setting.of("vocabulary-size", "<n>", OptionTypes.WHOLE,
    1000)
    .describe("Number of distinct tokens the network knows: the most frequent ones in the first batch;\n"
      + "every other token becomes one unknown token.").check(Checks.atLeast(1))
    .withTip("How many distinct tokens the network learns: the most frequent ones in the training data (the first "
      + "batch). All other tokens, and tokens first seen in later batches, are read as one 'unknown' token. A "
      + "larger vocabulary keeps more words but trains more slowly (the output layer predicts one of them at every "
      + "step).");

  public static final Setting<Integer> MAX_TOKENS = Setting.of("max-tokens", "<n>", OptionTypes.WHOLE, 50)
    .describe("Longest document read, in tokens; longer ones are cut after this many (the number\n"
      + "of cut documents is reported).").check(Checks.atLeast(1))
    .withTip("Documents longer than this many tokens are cut: only their first maxTokens tokens are encoded and "
      + "rebuilt. The number of documents cut is written to the console and Weka's log. Training time grows "
      + "with it.");

  public static final Setting<Integer> EMBEDDING_SIZE = Setting.of("embedding-size", "<n>", OptionTypes.WHOLE, 64)
    .describe("Size of the learnt vector each token is turned into before the LSTM reads it.")
    .check(Checks.atLeast(1))
    .withTip("Each token is turned into a learnt vector of this size (an embedding) before the encoder's LSTM "
      + "reads it.");

  public static final Setting<Double> BAG_OF_WORDS_WEIGHT = Setting.of("bag-of-words-weight", "<x>",
    OptionTypes.NUMBER, 0.0)
    .describe("Weight of the bag-of-words loss: the code must also predict which words the document\n"
      + "holds (0 = only rebuild the token sequence).").defaultText("0").check(Checks.nonNegative("0 = none"))
    .withTip("Besides rebuilding the document token by token, the code is trained to predict the document's word "
      + "frequencies (a softmax over the vocabulary read from the code alone), weighted by this against the "
      + "token-by-token loss. This makes the codes carry the document's topic, which matters when they feed a "
      + "classifier or a clustering; 0 (the default) trains the sequence reconstruction only. On the Reuters "
      + "benchmark it did not help (with textSummary 'last': codes' AUC 0.653 with weight 5 against 0.762 without, "
      + "after 20 epochs), hence off by default; see bench/RESULTS-text.md.");

  public static final Setting<Double> UNKNOWN_WEIGHT = Setting.of("unknown-weight", "<x>", OptionTypes.NUMBER, 1.0)
    .describe("Weight of the unknown token's steps in the token-by-token loss (1 = as any token).")
    .defaultText("1")
    .check(Checks.nonNegative("0 = not learnt"))
    .withTip("How much rebuilding the unknown token (words outside the vocabulary) counts in the token-by-token "
      + "loss, against 1 for a known word. Unknown tokens are often the most frequent class, and a decoder that "
      + "writes the unknown token everywhere already scores well; a lower weight makes it learn the known words.");

  public static final Setting<DocumentSummary> TEXT_SUMMARY = Setting.of("text-summary", "<last|mean|max|mean-max>",
    ChoiceType.of(DocumentSummary.class), DocumentSummary.MEAN)
    .describe("What the code is computed from: the encoder's state after the document's last token, or\n"
      + "the mean, the maximum or both of its states over all the document's tokens.")
    .withTip("How the code sums up a document. The encoder LSTM has a state after every token; 'last' computes "
      + "the code from the state after the last token (the classic sequence autoencoder; it remembers the end of "
      + "the document best), 'mean' from the average of the states over every token, 'max' from each unit's "
      + "largest value over the tokens, 'mean-max' from both. Averaging weighs the whole document, which suits "
      + "codes meant to tell topics apart (classification, clustering): on the Reuters benchmark (20 epochs) "
      + "Logistic on 'mean' codes reached AUC 0.939, against 0.762 for 'last' and 0.845 for 'mean-max', at the "
      + "same training time; hence the default. Padding never counts. See bench/RESULTS-text.md.");
}
