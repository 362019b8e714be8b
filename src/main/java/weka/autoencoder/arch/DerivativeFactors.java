package weka.autoencoder.arch;

import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.interval;

import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The parts of an LSTM's gate gradients that do not depend on the gradient arriving from later steps, computed for
 * all steps at once before {@link BatchedLstmLayer}'s backward loop. With i, f, o the sigmoid gates, g the cell
 * input, c the cell state, h = o tanh(c) and c = f c_prev + i g:
 * <pre>
 *   dL/dz_o = dL/dh * tanh(c) o (1 - o)        dL/dc  = dL/dh * o (1 - tanh(c)^2) + f_next dL/dc_next
 *   dL/dz_i = dL/dc * g i (1 - i)              dL/dz_f = dL/dc * c_prev f (1 - f)
 *   dL/dz_g = dL/dc * i (1 - g^2)
 * </pre>
 * The right-hand factors go into the gate-gradient array itself, which the loop then multiplies in place.
 */
final class DerivativeFactors {

  private DerivativeFactors() {
  }

  /**
   * @param states the forward pass
   * @param n units
   * @param dGates [steps, 4n, sequences]; receives the factors of dz_i, dz_f, dz_o, dz_g
   * @return the factor o (1 - tanh(c)^2) of dL/dc, [steps, n, sequences]
   */
  static INDArray fill(LstmStates states, long n, INDArray dGates, LayerWorkspaceMgr workspaces, ArrayType arrays) {
    INDArray i = states.gate(0, n);
    INDArray o = states.gate(2, n);
    INDArray g = states.gate(3, n);
    long steps = states.steps();
    // a (1 - a) over the whole contiguous gate array at once (the sigmoid derivative of the i, f, o blocks), then
    // the cell-input block replaced by tanh's 1 - g^2; the gate blocks of all steps are strided views, so few calls
    // touch them
    dGates.assign(states.m_gates).rsubi(1.0).muli(states.m_gates);
    block(dGates, 3, n).assign(g).muli(g).rsubi(1.0);
    block(dGates, 0, n).muli(g);
    block(dGates, 1, n).muli(states.m_cells.get(interval(0, steps), all(), all()));
    block(dGates, 2, n).muli(states.m_tanhCells);
    block(dGates, 3, n).muli(i);
    INDArray cellFactor = workspaces.createUninitialized(arrays, dGates.dataType(), states.m_tanhCells.shape(), 'c');
    cellFactor.assign(states.m_tanhCells).muli(states.m_tanhCells).rsubi(1.0).muli(o);
    return cellFactor;
  }

  private static INDArray block(INDArray gates, int k, long n) {
    return gates.get(all(), interval(k * n, (k + 1) * n), all());
  }
}
