package weka.autoencoder.noise;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Random;

import weka.autoencoder.codec.ColumnLayout;
import weka.core.Option;
import weka.core.Utils;

/** No corruption: the network trains on the clean input, as a plain autoencoder. The default of most filters. */
public class NoNoise implements NoiseModel {

  private static final long serialVersionUID = 1L;

  public String globalInfo() {
    return "No noise: the network is trained on the clean input (a plain, not a denoising, autoencoder).";
  }

  @Override
  public void corrupt(float[] rows, int rowCount, ColumnLayout layout, Random random) {
  }

  @Override
  public Enumeration<Option> listOptions() {
    return Collections.emptyEnumeration();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    return new String[0];
  }
}
