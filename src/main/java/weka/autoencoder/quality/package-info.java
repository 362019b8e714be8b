/**
 * How good and how private generated instances are, measured against the training data: the scaled, Gower-like
 * distance between rows and each generated row's distance to its closest training record, per-column distribution
 * distances, the difference of the pairwise association matrices, a real-vs-generated detection classifier, class
 * proportions, and the report that puts them together as Markdown and as an ARFF table. Plain Weka code (no ND4J), so
 * it can score the rows of any generator, this package's or another.
 */
package weka.autoencoder.quality;
