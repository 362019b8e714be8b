package weka.autoencoder.arch;

import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.interval;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The running layer behind {@link BatchedLstm}. Deeplearning4j's LSTM layer makes some twenty native calls per step
 * going forward, and when training runs the whole forward pass a second time inside the backward pass before some
 * thirty more per step. For the small matrices of an autoencoder's LSTM each call costs more than its arithmetic,
 * so this layer cuts the calls:
 * <ul>
 * <li>the input's contribution to the gates, and later the weight gradients and the input gradient, are one matrix
 * product over all steps instead of one per step;</li>
 * <li>each step is eight calls forward (the recurrent product, the gate activations, the cell and output updates)
 * and eight backward, working in place on arrays laid out [steps, features, sequences], so that every call reads
 * and writes contiguous memory (libnd4j's element-wise ops are several times slower on strided views);</li>
 * <li>the derivative factors that do not depend on the incoming gradient are computed for all steps at once;</li>
 * <li>the forward pass of a training step is kept for its backward pass instead of being recomputed.</li>
 * </ul>
 * libnd4j's own fused {@code lstmLayer_bp} op would be fewer calls still, but in ND4J 1.0.0-M2.1 it leaks its
 * working memory (about 16 MB per call on the default net's minibatches), so it is not used.
 */
final class BatchedLstmLayer extends org.deeplearning4j.nn.layers.samediff.SameDiffLayer {

  private static final long serialVersionUID = 1L;

  /** The last training forward pass, kept for the backward pass that follows it. */
  private transient LstmStates m_states;

  BatchedLstmLayer(NeuralNetConfiguration conf, DataType dataType) {
    super(conf, dataType);
  }

  private long units() {
    return ((BatchedLstm) layerConf()).getUnits();
  }

  @Override
  public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
    assertInputSet(false);
    // a training pass keeps its arrays in the activations workspace, which lives until the backward pass is done
    LstmStates states = forward(workspaceMgr, training ? ArrayType.ACTIVATIONS : ArrayType.FF_WORKING_MEM);
    m_states = training ? states : null;
    INDArray steps = states.m_outputs.get(interval(1, states.steps() + 1), all(), all());
    INDArray output = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, input.dataType(),
      new long[] {input.size(0), units(), input.size(2)}, 'c');
    output.assign(steps.permute(2, 1, 0));
    if (maskArray != null) {
      Nd4j.exec(new BroadcastMulOp(output, mask(output.dataType()), output, 0, 2));
    }
    return output;
  }

  private INDArray mask(DataType type) {
    return maskArray.dataType() == type ? maskArray : maskArray.castTo(type);
  }

  /**
   * The forward pass. Arrays are [steps, features, sequences]: a step's gates are then one contiguous [4n,
   * sequences] block whose gate rows are contiguous too, so every per-step call runs on contiguous memory.
   */
  private LstmStates forward(LayerWorkspaceMgr workspaces, ArrayType arrays) {
    DataType type = input.dataType();
    long sequences = input.size(0);
    long inputs = input.size(1);
    long steps = input.size(2);
    long n = units();
    INDArray x = workspaces.createUninitialized(arrays, type, new long[] {inputs, steps * sequences}, 'c');
    x.reshape(inputs, steps, sequences).assign(input.permute(1, 2, 0));
    INDArray projected = Nd4j.gemm(paramTable.get(BatchedLstm.INPUT_WEIGHTS), x, true, false);
    INDArray gates = workspaces.createUninitialized(arrays, type, new long[] {steps, 4 * n, sequences}, 'c');
    gates.assign(projected.reshape(4 * n, steps, sequences).permute(1, 0, 2));
    Nd4j.exec(new BroadcastAddOp(gates, paramTable.get(BatchedLstm.BIAS).reshape(4 * n), gates, 1));
    INDArray cells = workspaces.create(arrays, type, new long[] {steps + 1, n, sequences}, 'c');
    INDArray outputs = workspaces.create(arrays, type, new long[] {steps + 1, n, sequences}, 'c');
    INDArray tanhCells = workspaces.createUninitialized(arrays, type, new long[] {steps, n, sequences}, 'c');
    INDArray forgotten = workspaces.createUninitialized(ArrayType.FF_WORKING_MEM, type, new long[] {n, sequences},
      'c');
    INDArray recurrent = paramTable.get(BatchedLstm.RECURRENT_WEIGHTS);
    for (long t = 0; t < steps; t++) {
      INDArray z = gates.slice(t);
      Nd4j.gemm(recurrent, outputs.slice(t), z, true, false, 1.0, 1.0);
      INDArray sigmoidGates = z.get(interval(0, 3 * n), all());
      Nd4j.exec(new Sigmoid(sigmoidGates, sigmoidGates));
      INDArray cellInput = block(z, 3, n);
      Nd4j.exec(new Tanh(cellInput, cellInput));
      INDArray cell = cells.slice(t + 1);
      Nd4j.exec(new MulOp(block(z, 0, n), cellInput, cell));
      Nd4j.exec(new MulOp(block(z, 1, n), cells.slice(t), forgotten));
      cell.addi(forgotten);
      INDArray tanhCell = tanhCells.slice(t);
      Nd4j.exec(new Tanh(cell, tanhCell));
      Nd4j.exec(new MulOp(block(z, 2, n), tanhCell, outputs.slice(t + 1)));
    }
    return new LstmStates(input, x, gates, cells, tanhCells, outputs);
  }

  /** @return gate k's rows of one step's [4n, sequences] gates */
  private static INDArray block(INDArray stepGates, int k, long n) {
    return stepGates.get(interval(k * n, (k + 1) * n), all());
  }

  @Override
  public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
    assertInputSet(true);
    LstmStates states = m_states != null && m_states.m_source == input ? m_states
      : forward(workspaceMgr, ArrayType.BP_WORKING_MEM);
    m_states = null;
    DataType type = input.dataType();
    long sequences = input.size(0);
    long steps = input.size(2);
    long n = units();
    ArrayType work = ArrayType.BP_WORKING_MEM;
    // dL/d(output) per step, [steps, n, sequences]; after the end of a sequence nothing flows back
    INDArray dOut = workspaceMgr.createUninitialized(work, type, new long[] {steps, n, sequences}, 'c');
    dOut.assign(epsilon.permute(2, 1, 0));
    if (maskArray != null) {
      INDArray stepMajorMask = mask(type).transpose().dup('c');
      Nd4j.exec(new BroadcastMulOp(dOut, stepMajorMask, dOut, 0, 2));
    }
    INDArray dGates = workspaceMgr.createUninitialized(work, type, new long[] {steps, 4 * n, sequences}, 'c');
    INDArray cellFactor = DerivativeFactors.fill(states, n, dGates, workspaceMgr, work);
    INDArray dCell = workspaceMgr.createUninitialized(work, type, new long[] {n, sequences}, 'c');
    INDArray scratch = workspaceMgr.createUninitialized(work, type, new long[] {n, sequences}, 'c');
    INDArray recurrent = paramTable.get(BatchedLstm.RECURRENT_WEIGHTS);
    for (long t = steps - 1; t >= 0; t--) {
      INDArray dh = dOut.slice(t);
      INDArray dz = dGates.slice(t);
      if (t < steps - 1) {
        Nd4j.gemm(recurrent, dGates.slice(t + 1), dh, false, false, 1.0, 1.0);
        dCell.muli(block(states.m_gates.slice(t + 1), 1, n));
        Nd4j.exec(new MulOp(dh, cellFactor.slice(t), scratch));
        dCell.addi(scratch);
      } else {
        Nd4j.exec(new MulOp(dh, cellFactor.slice(t), dCell));
      }
      block(dz, 2, n).muli(dh);
      block(dz, 0, n).muli(dCell);
      block(dz, 1, n).muli(dCell);
      block(dz, 3, n).muli(dCell);
    }
    // the weight, bias and input gradients as single products over all steps, feature-major
    INDArray flatDGates = workspaceMgr.createUninitialized(work, type, new long[] {4 * n, steps * sequences}, 'c');
    flatDGates.reshape(4 * n, steps, sequences).assign(dGates.permute(1, 0, 2));
    INDArray previousOutputs = workspaceMgr.createUninitialized(work, type, new long[] {n, steps * sequences}, 'c');
    previousOutputs.reshape(n, steps, sequences).assign(states.m_outputs.get(interval(0, steps), all(), all())
      .permute(1, 0, 2));
    INDArray gradW = gradTable.get(BatchedLstm.INPUT_WEIGHTS);
    INDArray gradRw = gradTable.get(BatchedLstm.RECURRENT_WEIGHTS);
    INDArray gradB = gradTable.get(BatchedLstm.BIAS);
    Nd4j.gemm(states.m_input, flatDGates, gradW, false, true, 1.0, 0.0);
    Nd4j.gemm(previousOutputs, flatDGates, gradRw, false, true, 1.0, 0.0);
    gradB.assign(flatDGates.sum(1).reshape(gradB.shape()));
    INDArray dx = Nd4j.gemm(paramTable.get(BatchedLstm.INPUT_WEIGHTS), flatDGates, false, false);
    INDArray inputGradient = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, type, input.shape(), 'c');
    inputGradient.assign(dx.reshape(input.size(1), steps, sequences).permute(2, 0, 1));
    Gradient gradient = new DefaultGradient();
    gradient.gradientForVariable().put(BatchedLstm.INPUT_WEIGHTS, gradW);
    gradient.gradientForVariable().put(BatchedLstm.RECURRENT_WEIGHTS, gradRw);
    gradient.gradientForVariable().put(BatchedLstm.BIAS, gradB);
    return new Pair<>(gradient, inputGradient);
  }

  @Override
  public void clearNoiseWeightParams() {
    m_states = null;
  }
}
