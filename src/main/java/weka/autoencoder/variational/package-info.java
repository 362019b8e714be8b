/**
 * The variational autoencoder: a network of the package's own (encoder, Gaussian posterior, decoder) trained on the
 * negative evidence lower bound with a reconstruction likelihood chosen per attribute (Bernoulli, Gaussian or
 * categorical), an optional class condition for generation, and the trained model that the
 * {@code VariationalAutoencoder} filter and the {@code VariationalAutoencoderGenerator} share.
 *
 * <p>Why not Deeplearning4j's {@code VariationalAutoencoder} layer: it has no KL weight, no categorical
 * distribution, ignores missing-value masks and instance weights, and its decoder sees only the code, so it cannot be
 * conditioned on the class. The forward and backward passes here are plain ND4J matrix operations, checked against
 * finite differences in the tests.
 */
package weka.autoencoder.variational;
