package weka.autoencoder.filter;

import weka.autoencoder.model.Model;
import weka.autoencoder.variant.Variant;
import weka.core.Instances;

/**
 * For programs that train a filter's network elsewhere (the Spark job): the variant a filter's options describe,
 * and the model file payload its {@code -model} option loads. Kept out of the filter's public API, which the Weka
 * GUI shows.
 */
public final class FilterModels {

  private FilterModels() {
  }

  /**
   * @return the variant the filter's options now describe
   * @throws IllegalArgumentException naming the option when the options do not fit together
   */
  public static Variant variant(AutoencoderFilter filter) {
    return filter.variant();
  }

  /**
   * @param filter the filter whose options trained the model
   * @param header the training header
   * @param model the trained model
   * @return what {@code -save-model} would have written for it
   */
  public static SavedFilterModel saved(AutoencoderFilter filter, Instances header, Model model) {
    return new SavedFilterModel(filter.getClass().getName(), SavedModelOptions.trainingOptions(filter), header, model);
  }
}
