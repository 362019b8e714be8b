package weka.autoencoder.noise;

import java.util.Enumeration;
import java.util.Random;
import java.util.Vector;

import weka.autoencoder.codec.ColumnLayout;
import weka.autoencoder.options.OptionValues;
import weka.core.Option;
import weka.core.Utils;

/**
 * Noise that hits each input independently with one probability: each numeric value is replaced (how is up to the
 * subclass) and, unless the subclass says otherwise, each nominal attribute is switched to another label, with the
 * same chance.
 */
public abstract class ProbabilityNoise implements NoiseModel {

  private static final long serialVersionUID = 1L;

  private double m_probability = defaultProbability();

  /** @return the probability a new instance starts with */
  protected abstract double defaultProbability();

  /**
   * @param layout the column layout (for the numeric range)
   * @param column the network column of the hit numeric input
   * @param random the random source, for choices beyond whether the value is hit
   * @return the value a hit numeric input is replaced by
   */
  protected abstract float replacement(ColumnLayout layout, int column, Random random);

  /**
   * Corrupts the nominal attributes of one row, each with the probability: by default switched to another label.
   *
   * @param rows the rows, flat
   * @param rowStart where the row starts in {@code rows}
   * @param layout the column layout (where each attribute's one-hot group lies)
   * @param random the random source
   */
  protected void corruptLabels(float[] rows, int rowStart, ColumnLayout layout, Random random) {
    LabelSwap.apply(rows, rowStart, layout, m_probability, random);
  }

  @Override
  public void corrupt(float[] rows, int rowCount, ColumnLayout layout, Random random) {
    int width = layout.width();
    int numeric = layout.numericCount();
    for (int r = 0; r < rowCount; r++) {
      int start = r * width;
      for (int i = 0; i < numeric; i++) {
        if (random.nextDouble() < m_probability) {
          int column = layout.numericColumn(i);
          rows[start + column] = replacement(layout, column, random);
        }
      }
      corruptLabels(rows, start, layout, random);
    }
  }

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> options = new Vector<>();
    options.add(new Option("\tChance that each input is corrupted, at least 0 and below 1.\n\t(default "
      + defaultProbability() + ")", "probability", 1, "-probability <p>"));
    return options.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setProbability(OptionValues.number("probability", options, defaultProbability()));
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    return new String[] {"-probability", "" + m_probability};
  }

  public double getProbability() {
    return m_probability;
  }

  public void setProbability(double probability) {
    m_probability = OptionValues.probability("probability", probability);
  }

  public String probabilityTipText() {
    return "Chance that each input value of a training instance is corrupted (nominal attributes: switched to "
      + "another label). 0.1 to 0.3 is usual; at least 0 and below 1.";
  }
}
