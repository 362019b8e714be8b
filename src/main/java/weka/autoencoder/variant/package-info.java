/**
 * The seam between the filters' shared life cycle and what differs per autoencoder variant. A {@link
 * weka.autoencoder.variant.Variant} reads its input form (a table, pixels, image files, sequences), trains its
 * network and turns a trained model's outputs back into Weka instances; the Weka adapters only build one from their
 * options. All tensor code of the filters lives here and below, never in {@code weka.filters}.
 */
package weka.autoencoder.variant;
