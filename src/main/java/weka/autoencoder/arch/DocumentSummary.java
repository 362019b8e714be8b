package weka.autoencoder.arch;

import java.util.Locale;

import weka.autoencoder.options.OptionChoice;

/**
 * How the text autoencoder sums up a document's encoder states (one per token) before the code layer. The state
 * after the last token is what a sequence-to-sequence autoencoder classically uses, but it is dominated by the last
 * few tokens; a mean or maximum over every token's state weighs the whole document, which is what topic-like uses of
 * the code (classifying or clustering documents) need. Padding steps never count.
 */
public enum DocumentSummary implements OptionChoice {
  /** The encoder's state at the document's own last token. */
  LAST,
  /** The mean of the encoder's states over the document's tokens. */
  MEAN,
  /** Per unit, the largest state over the document's tokens. */
  MAX,
  /** The mean and the maximum side by side (twice the width into the code layer). */
  MEAN_MAX;

  /** @return the option value, e.g. "mean-max" */
  @Override
  public String optionValue() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
