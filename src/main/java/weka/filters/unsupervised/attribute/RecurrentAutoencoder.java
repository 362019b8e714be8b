package weka.filters.unsupervised.attribute;

import java.io.File;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Vector;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

import weka.autoencoder.arch.LayerSizes;
import weka.autoencoder.arch.RecurrentArchitecture;
import weka.autoencoder.codec.Normalization;
import weka.autoencoder.codec.SequenceBatch;
import weka.autoencoder.codec.SequenceCodec;
import weka.autoencoder.codec.SequenceLayout;
import weka.autoencoder.codec.TabularCodec;
import weka.autoencoder.filter.AutoencoderFilter;
import weka.autoencoder.filter.LoggingProgress;
import weka.autoencoder.gui.ProgressWindow;
import weka.autoencoder.filter.SequenceForm;
import weka.autoencoder.filter.SequenceCorruption;
import weka.autoencoder.filter.SequenceOutput;
import weka.autoencoder.filter.SequenceTransform;
import weka.autoencoder.model.AutoencoderModel;
import weka.autoencoder.model.SequenceAutoencoderModel;
import weka.autoencoder.model.SequenceTrainableNetwork;
import weka.autoencoder.nd4j.FloatMatrices;
import weka.autoencoder.noise.NoNoise;
import weka.autoencoder.nd4j.Nd4jBoundary;
import weka.autoencoder.options.OptionValues;
import weka.autoencoder.plot.TrainingPlots;
import weka.autoencoder.train.InputCorruption;
import weka.autoencoder.train.ProgressListener;
import weka.autoencoder.train.ProgressListeners;
import weka.autoencoder.train.TrainingHistory;
import weka.autoencoder.train.TrainingLoop;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instances;
import weka.core.Option;
import weka.core.RevisionUtils;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;
import weka.core.UnsupportedAttributeTypeException;
import weka.core.Utils;

/**
 * <!-- globalinfo-start --> An LSTM sequence-to-sequence autoencoder on Deeplearning4j for sequences and time series,
 * held either in a relational attribute (one bag per sequence, rows = time steps) or in ordinary numeric attributes
 * read as consecutive time steps. Outputs a fixed-length code per sequence, the rebuilt sequence, and an anomaly score.
 * <!-- globalinfo-end -->
 */
public class RecurrentAutoencoder extends AutoencoderFilter implements TechnicalInformationHandler {

  private static final long serialVersionUID = 1L;

  private static final String DEFAULT_UNITS = "64";

  private int[] m_units = LayerSizes.parse(DEFAULT_UNITS);
  private String m_relationalAttribute = "";
  private int m_sequenceChannels;
  private String m_sequenceAttributes = SequenceForm.ALL_ATTRIBUTES;
  private boolean m_reverseTarget;

  /** The trained model; null until the first batch is processed. */
  private SequenceAutoencoderModel m_sequenceModel;

  public String globalInfo() {
    return "A recurrent (LSTM) autoencoder for sequences and time series: an LSTM encoder reads each sequence and "
      + "squeezes it into a fixed number of code units; an LSTM decoder rebuilds the sequence from the code, which "
      + "is repeated at every time step. The network is trained on the first batch of data only; later batches "
      + "(the test set in batch mode, a FilteredClassifier's test instances) are filtered with the same network.\n\n"
      + "Two ways to hold sequences in Weka:\n"
      + "1. A relational attribute (multi-instance format, e.g. bag-id, bag, class): each bag is one sequence, its "
      + "rows are the time steps in order and its attributes the channels (numeric, date, or nominal: one-hot "
      + "coded). Sequences may differ in length; shorter ones are masked, never padded into the loss. The attribute "
      + "is chosen with relationalAttribute (empty: the first relational attribute).\n"
      + "2. Ordinary numeric attributes, e.g. windows of a series as t1, t2, ..., t64: with sequenceChannels = c "
      + "they are read in order as time steps of c values (c = 1: a univariate series, one attribute per step; "
      + "c = 3: x1,y1,z1,x2,y2,z2,...). sequenceAttributes picks which attributes (default: every plain numeric "
      + "attribute except the class). "
      + "Data without a relational attribute is read this way with one channel.\n\n"
      + "Outputs:\n"
      + "- output = code: the sequence is replaced by code_0..code_(k-1): fixed-length features for sequences of "
      + "any length; the other attributes and the class are kept;\n"
      + "- output = reconstruction: the input header with each sequence rebuilt through the code (a relational "
      + "value keeps its own length); missing values come back filled in;\n"
      + "- errorAttribute: appends the reconstruction error, averaged over the time steps: an anomaly score for "
      + "whole sequences.\n\n"
      + "Like every autoencoder filter of this package it can be trained denoising (noise: applied to the channels "
      + "of every time step) and can write its loss curve (plotDirectory).\n\n"
      + "Channels are scaled per channel with statistics over all time steps of the training data. reverseTarget "
      + "trains the decoder to emit each sequence back to front, which often speeds up learning. Training shows one "
      + "progress line per epoch on the console and in Weka's log.\n\n"
      + "For more information see:\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    TechnicalInformation info = new TechnicalInformation(TechnicalInformation.Type.INPROCEEDINGS);
    info.setValue(TechnicalInformation.Field.AUTHOR, "N. Srivastava and E. Mansimov and R. Salakhutdinov");
    info.setValue(TechnicalInformation.Field.TITLE, "Unsupervised learning of video representations using LSTMs");
    info.setValue(TechnicalInformation.Field.BOOKTITLE, "Proceedings of the 32nd International Conference on "
      + "Machine Learning");
    info.setValue(TechnicalInformation.Field.PAGES, "843-852");
    info.setValue(TechnicalInformation.Field.YEAR, "2015");
    TechnicalInformation anomaly = info.add(TechnicalInformation.Type.INPROCEEDINGS);
    anomaly.setValue(TechnicalInformation.Field.AUTHOR, "P. Malhotra and A. Ramakrishnan and G. Anand and L. Vig "
      + "and P. Agarwal and G. Shroff");
    anomaly.setValue(TechnicalInformation.Field.TITLE, "LSTM-based encoder-decoder for multi-sensor anomaly "
      + "detection");
    anomaly.setValue(TechnicalInformation.Field.BOOKTITLE, "ICML 2016 Anomaly Detection Workshop");
    anomaly.setValue(TechnicalInformation.Field.YEAR, "2016");
    return info;
  }

  // ---------------------------------------------------------------- filter life cycle

  @Override
  public Capabilities getCapabilities() {
    Capabilities result = super.getCapabilities();
    result.enable(Capability.RELATIONAL_ATTRIBUTES);
    return result;
  }

  /** Checks where the sequences are first, so the error names the option or attribute to fix. */
  @Override
  protected void testInputFormat(Instances instanceInfo) throws Exception {
    layout(instanceInfo);
    getCapabilities(instanceInfo).testWithFail(instanceInfo);
  }

  @Override
  protected Instances determineOutputFormat(Instances inputFormat) throws Exception {
    return new SequenceOutput(inputFormat, layout(inputFormat), outputMode(), getCodeSize(), getErrorAttribute())
      .header();
  }

  @Override
  protected Instances process(Instances instances) throws Exception {
    if (!isFirstBatchDone()) {
      m_sequenceModel = train(instances);
    }
    // Shares its attributes with the output format: Weka copies each rebuilt relational value into the output
    // format when the instance is pushed, then (RelationalLocator) looks the value up again by its new index in this
    // dataset's attribute, which only works when both are the same attribute object.
    Instances result = new Instances(getOutputFormat(), instances.numInstances());
    SequenceOutput output = new SequenceOutput(getInputFormat(), m_sequenceModel.codec().layout(), outputMode(),
      getCodeSize(), getErrorAttribute());
    SequenceTransform transform = new SequenceTransform(m_sequenceModel, output, outputMode(), getErrorAttribute());
    try {
      Nd4jBoundary.call(getThreads(), () -> {
        transform.apply(instances, result);
        return null;
      });
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
    return result;
  }

  private SequenceAutoencoderModel train(Instances data) throws Exception {
    SequenceCodec codec;
    SequenceBatch batch;
    try {
      codec = SequenceCodec.fit(data, layout(data), normalization());
      batch = codec.encode(data, 0, data.numInstances());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
    double[] weights = new double[data.numInstances()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = data.instance(i).weight();
    }
    float[] lossWeights = batch.lossWeights(weights);
    RecurrentArchitecture architecture = new RecurrentArchitecture(codec.width(), m_units, getCodeSize());
    InputCorruption corruption = getNoise() instanceof NoNoise ? null
      : new SequenceCorruption(getNoise(), codec.layout(batch), batch.steps());
    String name = getClass().getSimpleName();
    ProgressWindow window = ProgressWindow.openIfGuiIsShowing(name);
    ProgressListener progress = new ProgressListeners(new LoggingProgress(name, System.err), window);
    SequenceAutoencoderModel model;
    try {
      model = Nd4jBoundary.call(getThreads(), () -> {
        INDArray sequences = FloatMatrices.create(batch.values(), batch.shape());
        INDArray mask = lossWeights == null ? null : FloatMatrices.create(lossWeights, batch.shape());
        ComputationGraph graph = architecture.build(getSeed(), getLearningRate(), getWeightDecay());
        TrainingHistory history = new TrainingLoop(trainingSettings(), progress)
          .train(new SequenceTrainableNetwork(graph, m_reverseTarget), sequences, mask, corruption);
        return new SequenceAutoencoderModel(codec, graph, m_reverseTarget, history);
      });
    } finally {
      if (window != null) {
        window.close();
      }
    }
    File plots = getPlotDirectory();
    if (plots != null && !plots.getPath().trim().isEmpty()) {
      File loss = new TrainingPlots(plots, name + "-").writeLoss(model.history(),
        name + ": reconstruction loss per epoch");
      System.err.println(name + ": wrote " + loss);
    }
    return model;
  }

  /** @return where the sequences of data with this header are, per the options */
  private SequenceLayout layout(Instances header) throws UnsupportedAttributeTypeException {
    try {
      return new SequenceForm(m_relationalAttribute, m_sequenceChannels, m_sequenceAttributes).layoutFor(header);
    } catch (IllegalArgumentException e) {
      throw new UnsupportedAttributeTypeException(getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private Normalization normalization() {
    return Normalization.values()[getNormalize().getSelectedTag().getID()];
  }

  /** Not used: sequences are not tabular rows, so {@link #process(Instances)} trains the recurrent model itself. */
  @Override
  protected AutoencoderModel trainModel(Instances data, TabularCodec codec) {
    throw new UnsupportedOperationException("RecurrentAutoencoder trains on sequences, not on tabular rows.");
  }

  /** @return the model trained on the first batch, or null before that */
  public SequenceAutoencoderModel getSequenceModel() {
    return m_sequenceModel;
  }

  // ---------------------------------------------------------------- architecture options

  @Override
  protected Enumeration<Option> architectureOptions() {
    Vector<Option> options = new Vector<>();
    options.add(new Option("\tLSTM sizes of the encoder, comma-separated, outermost first; the decoder mirrors "
      + "them.\n\t(default " + DEFAULT_UNITS + ")", "units", 1, "-units <sizes>"));
    options.add(new Option("\tThe relational attribute holding one sequence per instance (bag rows = time steps):\n"
      + "\tits number (from 1), first or last.\n\t(default: the first relational attribute, if any)",
      "relational-attribute", 1, "-relational-attribute <index>"));
    options.add(new Option("\tRead ordinary numeric attributes, in order, as time steps of this many channels\n"
      + "\t(1 = a univariate series). 0 = automatic: the relational attribute if the data has one,\n"
      + "\telse 1 channel.\n\t(default 0)", "sequence-channels", 1, "-sequence-channels <c>"));
    options.add(new Option("\tThe attributes read as a sequence with -sequence-channels (a range such as 2-65;\n"
      + "\tthe class is always left out; first-last = every plain numeric attribute).\n\t(default "
      + SequenceForm.ALL_ATTRIBUTES + ")", "sequence-attributes",
      1, "-sequence-attributes <range>"));
    options.add(new Option("\tTrain the decoder to rebuild each sequence back to front.", "reverse-target", 0,
      "-reverse-target"));
    return options.elements();
  }

  @Override
  protected void setArchitectureOptions(String[] options) throws Exception {
    String units = Utils.getOption("units", options);
    setUnits(units.isEmpty() ? DEFAULT_UNITS : units);
    setRelationalAttribute(Utils.getOption("relational-attribute", options));
    setSequenceChannels(OptionValues.whole("sequence-channels", options, 0));
    String attributes = Utils.getOption("sequence-attributes", options);
    setSequenceAttributes(attributes.isEmpty() ? SequenceForm.ALL_ATTRIBUTES : attributes);
    setReverseTarget(Utils.getFlag("reverse-target", options));
  }

  @Override
  protected List<String> getArchitectureOptions() {
    List<String> options = new ArrayList<>();
    options.add("-units");
    options.add(getUnits());
    if (!m_relationalAttribute.isEmpty()) {
      options.add("-relational-attribute");
      options.add(m_relationalAttribute);
    }
    options.add("-sequence-channels");
    options.add("" + m_sequenceChannels);
    options.add("-sequence-attributes");
    options.add(m_sequenceAttributes);
    if (m_reverseTarget) {
      options.add("-reverse-target");
    }
    return options;
  }

  public String getUnits() {
    return LayerSizes.format(m_units);
  }

  public void setUnits(String units) {
    int[] parsed;
    try {
      parsed = LayerSizes.parse(units);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("-units: " + e.getMessage(), e);
    }
    if (parsed.length == 0) {
      throw new IllegalArgumentException("-units needs at least one LSTM size, e.g. 64 or 64,32; got '" + units
        + "'.");
    }
    m_units = parsed;
  }

  public String unitsTipText() {
    return "Sizes of the encoder's LSTM layers, comma-separated from the input towards the code (e.g. 64 or 64,32); "
      + "the decoder uses the same sizes in reverse. More units fit longer or more complex sequences but train "
      + "more slowly.";
  }

  public String getRelationalAttribute() {
    return m_relationalAttribute;
  }

  public void setRelationalAttribute(String index) {
    SequenceForm.checkRelationalIndex(index);
    m_relationalAttribute = index == null ? "" : index.trim();
  }

  public String relationalAttributeTipText() {
    return "The relational attribute holding the sequences (multi-instance format: each bag is one sequence, its "
      + "rows the time steps, its attributes the channels): its number counting from 1, 'first' or 'last'. Leave "
      + "empty to use the data's first relational attribute; leave empty too when the sequence is in ordinary "
      + "attributes (see sequenceChannels).";
  }

  public int getSequenceChannels() {
    return m_sequenceChannels;
  }

  public void setSequenceChannels(int channels) {
    OptionValues.requireAtLeast("sequence-channels", channels, 0);
    m_sequenceChannels = channels;
  }

  public String sequenceChannelsTipText() {
    return "For a sequence held in ordinary numeric attributes (e.g. windows t1..t64 of a series): the number of "
      + "values per time step; the attributes are read in order as step 1's channels, then step 2's, and so on. "
      + "1 = a univariate series. 0 = automatic: use a relational attribute if the data has one, otherwise read "
      + "the attributes with one channel. The number of sequence attributes must be a multiple of it.";
  }

  public String getSequenceAttributes() {
    return m_sequenceAttributes;
  }

  public void setSequenceAttributes(String range) {
    if (range == null || range.trim().isEmpty()) {
      throw new IllegalArgumentException("-sequence-attributes needs a range such as first-last or 2-65.");
    }
    m_sequenceAttributes = range.trim();
  }

  public String sequenceAttributesTipText() {
    return "For a sequence held in ordinary attributes: which attributes form it, as a range (e.g. 2-65); the class "
      + "is always left out. The default, first-last, takes every plain numeric attribute, so an id, date or "
      + "nominal attribute beside the series is left out; a range you give must hold numeric attributes only. "
      + "Attributes outside the sequence are kept unchanged in the output.";
  }

  public boolean getReverseTarget() {
    return m_reverseTarget;
  }

  public void setReverseTarget(boolean reverse) {
    m_reverseTarget = reverse;
  }

  public String reverseTargetTipText() {
    return "Train the decoder to rebuild each sequence back to front (the output is turned round again, so the "
      + "reconstruction is in the original order). The first steps the decoder emits are then the last ones the "
      + "encoder read, which often makes learning faster.";
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  /**
   * Runs the filter from the command line, e.g. {@code -i windows.arff -o codes.arff -code-size 16}.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    runFilter(new RecurrentAutoencoder(), args);
  }
}
