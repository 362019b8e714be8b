/**
 * What the {@code VariationalAutoencoderGenerator} adds to a trained variational autoencoder to write believable
 * Weka instances: the training columns' types, ranges and missing rates, the saved model file, class-proportional
 * label plans and the PNG montage of generated images.
 */
package weka.autoencoder.generate;
