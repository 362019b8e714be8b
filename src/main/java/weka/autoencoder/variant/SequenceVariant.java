package weka.autoencoder.variant;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

import weka.autoencoder.arch.PrincipalAxes;
import weka.autoencoder.arch.RecurrentArchitecture;
import weka.autoencoder.codec.InstanceWeights;
import weka.autoencoder.codec.Normalization;
import weka.autoencoder.codec.FlatSequenceLayout;
import weka.autoencoder.codec.SequenceBatch;
import weka.autoencoder.codec.SequenceCodec;
import weka.autoencoder.codec.SequenceLayout;
import weka.autoencoder.filter.SequenceCorruption;
import weka.autoencoder.filter.SequenceForm;
import weka.autoencoder.filter.SequenceOutput;
import weka.autoencoder.filter.SequenceTransform;
import weka.autoencoder.model.Model;
import weka.autoencoder.model.SequenceAutoencoderModel;
import weka.autoencoder.model.SequenceTrainableNetwork;
import weka.autoencoder.nd4j.FloatMatrices;
import weka.autoencoder.nd4j.Nd4jBoundary;
import weka.autoencoder.options.SequenceOptions;
import weka.autoencoder.train.InputCorruption;
import weka.autoencoder.train.ProgressListener;
import weka.autoencoder.train.TrainingHistory;
import weka.autoencoder.train.TrainingLoop;
import weka.core.Instances;

/**
 * Sequences, from a relational attribute or from ordinary numeric attributes read as time steps, through an LSTM
 * sequence-to-sequence network: one code per sequence, each sequence rebuilt with its own length.
 */
public final class SequenceVariant implements Variant {

  private static final long serialVersionUID = 1L;

  private final SequenceForm m_form;
  private final Normalization m_normalization;
  private final int[] m_units;
  private final int m_codeSize;
  private final boolean m_reverseTarget;
  private final boolean m_bidirectional;
  private final boolean m_lstmOnly;
  private final TrainingPlan m_training;
  private final OutputPlan m_output;

  /**
   * @param form where the sequences are
   * @param normalization scaling of the channels, with statistics over all training time steps
   * @param units LSTM sizes of the encoder, outermost first
   * @param codeSize number of code units
   * @param reverseTarget true to train the decoder to emit sequences back to front
   * @param bidirectional true for an encoder that reads each sequence in both directions
   * @param lstmOnly true to leave out the linear path even for fixed-length windows
   * @param training how to train
   * @param output what to output
   */
  public SequenceVariant(SequenceForm form, Normalization normalization, int[] units, int codeSize,
    boolean reverseTarget, boolean bidirectional, boolean lstmOnly, TrainingPlan training, OutputPlan output) {
    m_form = form;
    m_normalization = normalization;
    m_units = units.clone();
    m_codeSize = codeSize;
    m_reverseTarget = reverseTarget;
    m_bidirectional = bidirectional;
    m_lstmOnly = lstmOnly;
    m_training = training;
    m_output = output;
  }

  @Override
  public void checkInput(Instances header) {
    m_form.layoutFor(header);
  }

  @Override
  public Instances outputFormat(Instances input) {
    return output(input, m_form.layoutFor(input)).header();
  }

  private SequenceOutput output(Instances input, SequenceLayout layout) {
    return new SequenceOutput(input, layout, m_output.mode(), m_codeSize, m_output.scores());
  }

  @Override
  public Model train(Instances data, ProgressListener progress) throws Exception {
    SequenceLayout layout = m_form.layoutFor(data);
    int linearSteps = linearSteps(layout);
    SequenceCodec codec = SequenceCodec.fit(data, layout, linearSteps > 0 && m_normalization == Normalization.AUTO
      ? Normalization.STANDARDIZE : m_normalization);
    SequenceBatch batch = codec.encode(data, 0, data.numInstances());
    double[] weights = InstanceWeights.relative(data);
    float[] lossWeights = batch.lossWeights(weights);
    RecurrentArchitecture architecture = new RecurrentArchitecture(codec.width(), m_units, m_codeSize,
      m_bidirectional, linearSteps);
    InputCorruption corruption = m_training.noise() == null ? null
      : new SequenceCorruption(m_training.noise(), codec.layout(batch), batch.steps());
    return Nd4jBoundary.call(m_training.threads(), () -> {
      INDArray sequences = FloatMatrices.create(batch.values(), batch.shape());
      INDArray mask = lossWeights == null ? null : FloatMatrices.create(lossWeights, batch.shape());
      ComputationGraph graph = architecture.build(m_training.seed(), m_training.learningRate(),
        m_training.weightDecay());
      if (architecture.linearPath()) {
        architecture.startAtPrincipalAxes(graph, PrincipalAxes.fit(batch.values(), batch.channels() * batch.steps(),
          weights, m_codeSize), m_reverseTarget);
      }
      TrainingHistory history = new TrainingLoop(m_training.loop(), progress).train(
        new SequenceTrainableNetwork(graph, m_reverseTarget, architecture.linearPath()), sequences, mask, corruption);
      return new SequenceAutoencoderModel(codec, graph, m_reverseTarget, history);
    });
  }

  /**
   * With the linear path, -normalize auto standardises each channel (training mean and sd over all steps) instead
   * of min-max scaling it: the principal axes then minimise the error in standard deviations, as the benchmark
   * measures it, and values beyond the training range are not squeezed towards the LSTMs' saturated region (on
   * sunspots, whose later cycles are larger than any in training, min-max scaling doubled the held-out error).
   *
   * @return the window length of the linear path: the fixed length of windows read from ordinary attributes, 0
   *         (no linear path) for relational sequences, whose lengths may differ, for windows of more than
   *         {@link SequenceOptions#MAX_LINEAR_VALUES} values, or when -lstm-only is set
   */
  private int linearSteps(SequenceLayout layout) {
    if (m_lstmOnly || !(layout instanceof FlatSequenceLayout)) {
      return 0;
    }
    int steps = ((FlatSequenceLayout) layout).length();
    long values = (long) steps * layout.stepHeader().numAttributes();
    return values <= SequenceOptions.MAX_LINEAR_VALUES ? steps : 0;
  }

  /**
   * The result shares its attributes with the output format: Weka copies each rebuilt relational value into the
   * output format when the instance is pushed, then looks the value up again by its new index in this dataset's
   * attribute, which only works when both are the same attribute object.
   */
  @Override
  public Instances transform(Model model, Instances batch, Instances outputFormat) throws Exception {
    SequenceAutoencoderModel sequences = (SequenceAutoencoderModel) model;
    Instances result = new Instances(outputFormat, batch.numInstances());
    SequenceTransform transform = new SequenceTransform(sequences, output(batch, sequences.codec().layout()),
      m_output.mode(), m_output.scores());
    Nd4jBoundary.call(m_training.threads(), () -> {
      transform.apply(batch, result);
      return null;
    });
    return result;
  }
}
