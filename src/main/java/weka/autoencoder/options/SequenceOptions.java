package weka.autoencoder.options;

import weka.autoencoder.filter.SequenceForm;

/** Where the recurrent autoencoder finds its sequences, and the size of its LSTM layers. */
public final class SequenceOptions {

  private SequenceOptions() {
  }

  /** The most values (steps x channels) a window may have for the linear path (its PCA start is cubic in it). */
  public static final int MAX_LINEAR_VALUES = 4096;

  public static final Setting<int[]> UNITS = Setting.of("units", "<sizes>", OptionTypes.LAYER_SIZES, new int[] {64})
    .describe("LSTM sizes of the encoder, comma-separated, outermost first; the decoder mirrors them.")
    .check((option, value) -> {
      if (value.length == 0) {
        throw new IllegalArgumentException("-units needs at least one LSTM size, e.g. 64 or 64,32.");
      }
    })
    .withTip("Sizes of the encoder's LSTM layers, comma-separated from the input towards the code (e.g. 64 or "
      + "64,32); the decoder uses the same sizes in reverse. More units fit longer or more complex sequences but "
      + "train more slowly.");

  public static final Setting<String> RELATIONAL_ATTRIBUTE = Setting.of("relational-attribute", "<index>",
    OptionTypes.TEXT, "")
    .describe("The relational attribute holding one sequence per instance (bag rows = time steps):\n"
      + "its number (from 1), first or last.").defaultText(": the first relational attribute, if any")
    .check((option, value) -> SequenceForm.checkRelationalIndex(value)).omittedWhen(String::isEmpty)
    .withTip("The relational attribute holding the sequences (multi-instance format: each bag is one sequence, its "
      + "rows the time steps, its attributes the channels): its number counting from 1, 'first' or 'last'. Leave "
      + "empty to use the data's first relational attribute; leave empty too when the sequence is in ordinary "
      + "attributes (see sequenceChannels).");

  public static final Setting<Integer> SEQUENCE_CHANNELS = Setting.of("sequence-channels", "<c>", OptionTypes.WHOLE,
    0)
    .describe("Read ordinary numeric attributes, in order, as time steps of this many channels\n"
      + "(1 = a univariate series). 0 = automatic: the relational attribute if the data has one,\n"
      + "else 1 channel.").check(Checks.atLeast(0))
    .withTip("For a sequence held in ordinary numeric attributes (e.g. windows t1..t64 of a series): the number of "
      + "values per time step; the attributes are read in order as step 1's channels, then step 2's, and so on. "
      + "1 = a univariate series. 0 = automatic: use a relational attribute if the data has one, otherwise read "
      + "the attributes with one channel. The number of sequence attributes must be a multiple of it.");

  public static final Setting<String> SEQUENCE_ATTRIBUTES = Setting.of("sequence-attributes", "<range>",
    OptionTypes.TEXT, SequenceForm.ALL_ATTRIBUTES)
    .describe("The attributes read as a sequence with -sequence-channels (a range such as 2-65;\n"
      + "the class is always left out; first-last = every plain numeric attribute).")
    .check(Checks.notEmpty("a range such as first-last or 2-65"))
    .withTip("For a sequence held in ordinary attributes: which attributes form it, as a range (e.g. 2-65); the "
      + "class is always left out. The default, first-last, takes every plain numeric attribute, so an id, date or "
      + "nominal attribute beside the series is left out; a range you give must hold numeric attributes only. "
      + "Attributes outside the sequence are kept unchanged in the output.");

  public static final Setting<Boolean> REVERSE_TARGET = Setting.flag("reverse-target")
    .describe("Train the decoder to rebuild each sequence back to front.")
    .withTip("Train the decoder to rebuild each sequence back to front (the output is turned round again, so the "
      + "reconstruction is in the original order). The first steps the decoder emits are then the last ones the "
      + "encoder read, which often makes learning faster.");

  public static final Setting<Boolean> BIDIRECTIONAL = Setting.flag("bidirectional")
    .describe("Read each sequence in both directions before the code (numeric sequences).")
    .withTip("Add a second encoder that reads each sequence back to front, and compute the code from both "
      + "readings, so the first steps of a long sequence are not lost in the forward LSTM's memory. About twice the "
      + "training time. Numeric sequences only: refused for text.");

  public static final Setting<Boolean> LSTM_ONLY = Setting.flag("lstm-only")
    .describe("Leave out the linear path beside the LSTMs (windows in ordinary attributes).")
    .withTip("Windows held in ordinary attributes (all of one length) get a linear path beside the LSTMs: the code "
      + "layer also reads the whole window directly, a linear layer rebuilds the whole window from the code, and "
      + "both start from principal component analysis (PCA) of the training windows, with normalize = auto "
      + "standardising each channel. The network so starts exactly as good as PCA at the same code size and the "
      + "LSTMs learn what a linear map misses; on four real series it rebuilt held-out windows as well as PCA (El "
      + "Nino: 0.83 x PCA's error), where the LSTMs alone were 1.7-3.9 times worse. Switch this on to train the "
      + "LSTMs alone (with min-max scaling under normalize = auto); on the CO2 windows their anomaly scores were "
      + "better. Relational sequences (which may differ in length) and windows of more than " + MAX_LINEAR_VALUES
      + " values always use the LSTMs alone.");
}
