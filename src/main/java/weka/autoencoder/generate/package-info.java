/**
 * What the {@code VariationalAutoencoderGenerator} adds to a trained variational autoencoder to write believable
 * Weka instances, kept out of Weka's adapter class: reading and checking the training file, checking the class value
 * and image size against it before training, training through the shared session, the training columns' types,
 * ranges and missing rates, the saved model file, class-proportional label plans, the PNG montage of generated
 * images and the comment above the generated ARFF; and what makes generated rows trustworthy: numeric columns
 * matched to the training marginals, the privacy guard that redraws rows too close to a training row, the
 * {@code -condition} met by conditioning or rejection, and the run that logs both and writes the quality report
 * ({@code weka.autoencoder.quality}).
 */
package weka.autoencoder.generate;
