package weka.autoencoder.options;

/**
 * An enum constant a user picks by name: on the command line ({@code -activation relu}) and from a drop-down in the
 * GUI. Implemented by every option enum, so that adding a constant is the only edit a new choice needs: the parser,
 * the help text and the GUI tags are all made from the constants ({@link ChoiceType}).
 */
public interface OptionChoice {

  /** @return the value written on the command line, e.g. "relu" */
  String optionValue();
}
