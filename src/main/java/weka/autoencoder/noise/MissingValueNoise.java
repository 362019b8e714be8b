package weka.autoencoder.noise;

import java.util.Random;

import weka.autoencoder.codec.ColumnLayout;

/**
 * Hides input values exactly as the codec encodes a missing one: a numeric attribute becomes its training mean, a
 * nominal one the training label frequencies. The network is trained to rebuild the hidden values from the rest of
 * the row, which is the task imputation asks of it (masking noise sets numbers to 0 instead, which a real missing
 * value never is, so training and imputation disagree).
 */
public class MissingValueNoise extends ProbabilityNoise {

  private static final long serialVersionUID = 1L;

  public String globalInfo() {
    return "Missing-value noise: each attribute of a training instance is hidden with the given probability, "
      + "exactly as a missing value is given to the network (a number becomes its training mean, a label the "
      + "training label frequencies). The network learns to fill in missing values from the rest of the "
      + "instance: use it when the output (the reconstruction) should impute missing values.";
  }

  @Override
  protected double defaultProbability() {
    return 0.25;
  }

  /** A hit number becomes the column's missing-value encoding (its training mean). */
  @Override
  protected float replacement(ColumnLayout layout, int column, Random random) {
    return layout.missingValue(column);
  }

  /** A hit label becomes the label frequencies, as a missing label is encoded. */
  @Override
  protected void corruptLabels(float[] rows, int rowStart, ColumnLayout layout, Random random) {
    for (int g = 0; g < layout.groupCount(); g++) {
      if (random.nextDouble() < getProbability()) {
        for (int c = layout.groupStart(g); c < layout.groupStart(g) + layout.groupWidth(g); c++) {
          rows[rowStart + c] = layout.missingValue(c);
        }
      }
    }
  }
}
