package weka.autoencoder.noise;

import weka.core.Utils;
import weka.core.WekaPackageClassLoaderManager;

/**
 * Reads and writes a noise model as one option value, {@code "<class name> <options>"}, the way Weka writes nested
 * schemes (e.g. a FilteredClassifier's -F). Short names of this package's models (GaussianNoise) and "none" are
 * accepted too. Classes are looked up directly, without Weka's class-path scan, so parsing stays fast.
 */
public final class NoiseModels {

  private NoiseModels() {
  }

  /**
   * @param spec e.g. {@code "weka.autoencoder.noise.GaussianNoise -stddev 0.5 -clip"}; empty or "none" for no noise
   * @return the configured noise model
   * @throws Exception naming the class or option to fix
   */
  public static NoiseModel parse(String spec) throws Exception {
    String[] parts = Utils.splitOptions(spec.trim());
    if (parts.length == 0 || parts[0].equalsIgnoreCase("none")) {
      if (parts.length > 1) {
        throw new IllegalArgumentException("no noise ('none') takes no options, got '" + spec + "'.");
      }
      return new NoNoise();
    }
    String name = parts[0].contains(".") ? parts[0] : NoiseModel.class.getPackage().getName() + "." + parts[0];
    Class<?> type;
    try {
      type = WekaPackageClassLoaderManager.forName(name);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalArgumentException("no noise model called '" + parts[0] + "': use GaussianNoise, MaskingNoise, "
        + "MissingValueNoise, SaltAndPepperNoise or none (classes in package weka.autoencoder.noise).");
    }
    if (!NoiseModel.class.isAssignableFrom(type)) {
      throw new IllegalArgumentException(name + " is not a noise model (" + NoiseModel.class.getName() + ").");
    }
    NoiseModel model = (NoiseModel) type.getDeclaredConstructor().newInstance();
    parts[0] = "";
    model.setOptions(parts);
    return model;
  }

  /** @return the model as one option value, readable by {@link #parse(String)} */
  public static String format(NoiseModel model) {
    return Utils.toCommandLine(model);
  }
}
