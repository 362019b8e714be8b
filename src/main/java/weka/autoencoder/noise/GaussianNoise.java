package weka.autoencoder.noise;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.Vector;

import weka.autoencoder.codec.ColumnLayout;
import weka.autoencoder.options.OptionValues;
import weka.core.Option;
import weka.core.SelectedTag;
import weka.core.Utils;

/**
 * Additive Gaussian noise on numeric inputs, in the scaled space the network sees (so one standard deviation means
 * the same on every attribute), clipped to the range of the training data where the inputs are bounded (see
 * {@link Clipping}; {@code -clip} clips always, {@code -no-clip} never). Nominal inputs get no Gaussian noise: with
 * {@code -nominal-probability} they are switched to another label instead.
 */
public class GaussianNoise implements NoiseModel {

  private static final long serialVersionUID = 1L;

  private static final double DEFAULT_STDDEV = 0.1;
  private static final double DEFAULT_NOMINAL_PROBABILITY = 0.1;

  private double m_stddev = DEFAULT_STDDEV;
  /** Set by -clip (and by models saved before {@link Clipping} existed): clip always. */
  private boolean m_clip;
  /** Set by -no-clip: never clip. Neither flag: {@link Clipping#BOUNDED}. */
  private boolean m_noClip;
  private double m_nominalProbability = DEFAULT_NOMINAL_PROBABILITY;

  public String globalInfo() {
    return "Adds Gaussian noise with mean 0 to every numeric input, in the scaled space the network sees (pixels "
      + "in [0,1] as they are, other numeric attributes after the filter's normalization). Where the inputs are "
      + "bounded (pixels, attributes min-max scaled to [0,1]) the noisy values are clipped to the range of the "
      + "training data by default, as real noisy pixels saturate at black and white; see clipping. Nominal "
      + "attributes get no Gaussian noise; instead each is switched to another label with the nominal probability.";
  }

  @Override
  public void corrupt(float[] rows, int rowCount, ColumnLayout layout, Random random) {
    int width = layout.width();
    int numeric = layout.numericCount();
    float low = layout.low();
    float high = layout.high();
    boolean clip = clipping().clips(layout);
    for (int r = 0; r < rowCount; r++) {
      int start = r * width;
      for (int i = 0; i < numeric; i++) {
        int at = start + layout.numericColumn(i);
        float value = rows[at] + (float) (m_stddev * random.nextGaussian());
        rows[at] = clip ? Math.max(low, Math.min(high, value)) : value;
      }
      LabelSwap.apply(rows, start, layout, m_nominalProbability, random);
    }
  }

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> options = new Vector<>();
    options.add(new Option("\tStandard deviation of the noise, in the scaled input space.\n\t(default "
      + DEFAULT_STDDEV + ")", "stddev", 1, "-stddev <x>"));
    options.add(new Option("\tAlways clip noisy values to the range of the numeric training inputs, also for\n"
      + "\tstandardized (unbounded) inputs.\n\t(default: clip where the inputs lie in [0,1], e.g. pixels or\n"
      + "\tmin-max scaled attributes)", "clip", 0, "-clip"));
    options.add(new Option("\tNever clip noisy values, even for pixels.", "no-clip", 0, "-no-clip"));
    options.add(new Option("\tChance that a nominal attribute is switched to another label.\n\t(default "
      + DEFAULT_NOMINAL_PROBABILITY + ")", "nominal-probability", 1, "-nominal-probability <p>"));
    return options.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setStddev(OptionValues.number("stddev", options, DEFAULT_STDDEV));
    boolean clip = Utils.getFlag("clip", options);
    boolean noClip = Utils.getFlag("no-clip", options);
    if (clip && noClip) {
      throw new IllegalArgumentException("-clip and -no-clip contradict each other: give one of them, or neither to "
        + "clip where the inputs lie in [0,1].");
    }
    setClipping((clip ? Clipping.ALWAYS : noClip ? Clipping.NEVER : Clipping.BOUNDED).selectedTag());
    setNominalProbability(OptionValues.number("nominal-probability", options, DEFAULT_NOMINAL_PROBABILITY));
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> options = new ArrayList<>();
    options.add("-stddev");
    options.add("" + m_stddev);
    if (clipping() != Clipping.BOUNDED) {
      options.add(clipping() == Clipping.ALWAYS ? "-clip" : "-no-clip");
    }
    options.add("-nominal-probability");
    options.add("" + m_nominalProbability);
    return options.toArray(new String[0]);
  }

  public double getStddev() {
    return m_stddev;
  }

  public void setStddev(double stddev) {
    if (!(stddev >= 0) || Double.isInfinite(stddev)) {
      throw new IllegalArgumentException("-stddev must be 0 or a positive number (in the scaled input space, "
        + "e.g. 0.1), got " + stddev + ".");
    }
    m_stddev = stddev;
  }

  public String stddevTipText() {
    return "Standard deviation of the added noise, in the scaled input space: for pixels in [0,1] or min-max "
      + "scaled attributes, 0.1 is mild and 0.5 is heavy. Train with roughly the noise level you want to remove.";
  }

  /** @return the clipping in force (not a GUI property: the GUI uses {@link #getClipping()}) */
  public Clipping clipping() {
    return m_clip ? Clipping.ALWAYS : m_noClip ? Clipping.NEVER : Clipping.BOUNDED;
  }

  public SelectedTag getClipping() {
    return clipping().selectedTag();
  }

  public void setClipping(SelectedTag clipping) {
    Clipping choice = Clipping.of(clipping);
    m_clip = choice == Clipping.ALWAYS;
    m_noClip = choice == Clipping.NEVER;
  }

  public String clippingTipText() {
    return "Whether noisy values are kept inside the range the numeric inputs span in the training data. bounded "
      + "(the default) clips where the inputs lie in [0,1] - pixels, or attributes min-max scaled by the filter - "
      + "since real noisy pixels saturate at black and white and a denoiser trained on values outside [0,1] does "
      + "worse on real noisy images; standardized inputs are left unclipped. always (-clip) clips standardized "
      + "inputs too; never (-no-clip) never clips.";
  }

  public double getNominalProbability() {
    return m_nominalProbability;
  }

  public void setNominalProbability(double probability) {
    m_nominalProbability = OptionValues.probability("nominal-probability", probability);
  }

  public String nominalProbabilityTipText() {
    return "Chance that each nominal attribute of a training instance is switched to another label (nominal "
      + "attributes get no Gaussian noise). 0 leaves them clean.";
  }
}
