package weka.autoencoder.options;

import java.util.Locale;

/**
 * What the outlier flag and probability rank rows by. The reconstruction error alone misses outliers the network
 * rebuilds well (they sit in a region of code space few training rows share); the distance to the nearest training
 * codes misses rows whose code is ordinary but whose values do not fit together. Measured on five outlier sets
 * (bench/RESULTS-outliers.md), a mix of the error's rank and the neighbour distances' ranks, weighted by what the
 * training rows say about the error, is the best default.
 */
public enum AnomalyScore implements OptionChoice {
  /**
   * w x the rank of the reconstruction error among the training rows' + (1 - w) x the mean rank of the code-space
   * and the input-space neighbour distances; w read from the training rows (see the variant's CodeNeighbours).
   */
  COMBINED,
  /** Distance from the row's code to its 5th nearest training code. */
  NEIGHBOURS,
  /** The reconstruction error ({@code reconstruction_error}; the VAE: negative log-likelihood). */
  RECONSTRUCTION;

  @Override
  public String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
