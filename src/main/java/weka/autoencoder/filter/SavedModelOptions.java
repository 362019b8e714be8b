package weka.autoencoder.filter;

import static weka.autoencoder.options.ModelOptions.MODEL;
import static weka.autoencoder.options.ModelOptions.SAVE_MODEL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import weka.autoencoder.options.Setting;
import weka.autoencoder.variant.Variant;

/**
 * How a filter's options travel with a saved model: the training options are stored with it, and a filter using
 * -model rebuilds the trained variant from them with its own applying options (what to output, threads) laid over.
 */
final class SavedModelOptions {

  private SavedModelOptions() {
  }

  /** @return the options a saved model is rebuilt from: every option of {@code filter} but -model and -save-model */
  static String[] trainingOptions(AutoencoderFilter filter) {
    List<String> options = new ArrayList<>(filter.options().getOptions());
    for (String name : Arrays.asList(MODEL.name(), SAVE_MODEL.name())) {
      int at = options.indexOf("-" + name);
      if (at >= 0) {
        options.subList(at, at + 2).clear();
      }
    }
    return options.toArray(new String[0]);
  }

  /**
   * @param filter the filter that uses the saved model
   * @param saved the training options of the saved model
   * @return the variant those options build, with the filter's applying options
   */
  static Variant variantFor(AutoencoderFilter filter, String[] saved) throws Exception {
    AutoencoderFilter trained = filter.getClass().getDeclaredConstructor().newInstance();
    trained.options().setOptions(saved);
    for (Setting<?> setting : filter.applyingOptions()) {
      copy(setting, filter, trained);
    }
    return trained.variant();
  }

  private static <T> void copy(Setting<T> setting, AutoencoderFilter from, AutoencoderFilter to) {
    to.set(setting, from.get(setting));
  }
}
