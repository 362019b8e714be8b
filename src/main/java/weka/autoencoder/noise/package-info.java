/**
 * Corruption models for denoising training: each corrupts the network's input rows (in the scaled space of the
 * data codec) and is chosen with an autoencoder filter's {@code -noise} option or in the Explorer's object editor.
 *
 * <p>They work on plain float rows plus a {@link weka.autoencoder.codec.ColumnLayout}, so they are tested without a
 * network and never see (or change) the user's {@code Instances}. Numeric columns get the model's noise; the one-hot
 * columns of a nominal attribute are corrupted as a unit, by switching to another label.
 */
package weka.autoencoder.noise;
