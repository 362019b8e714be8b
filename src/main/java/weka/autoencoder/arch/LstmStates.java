package weka.autoencoder.arch;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * What {@link BatchedLstmLayer}'s forward pass keeps for its backward pass, all step-major ([steps, sequences, ...])
 * so that each step is one contiguous block: the input, the activated gates, the cell states and their tanh, and
 * the outputs. Cells and outputs have one more step in front, the zero start state.
 */
final class LstmStates {

  /** The layer input this pass was computed from (to tell a stale pass from the current one). */
  final INDArray m_source;
  /** Input, [steps, sequences, inputs]. */
  final INDArray m_input;
  /** Activated gates, [steps, sequences, 4 x units]: input, forget, output (sigmoid), cell input (tanh). */
  final INDArray m_gates;
  /** Cell states, [steps + 1, sequences, units]; step 0 is the zero start. */
  final INDArray m_cells;
  /** tanh of the cell states after each step, [steps, sequences, units]. */
  final INDArray m_tanhCells;
  /** Outputs, [steps + 1, sequences, units]; step 0 is the zero start. */
  final INDArray m_outputs;

  LstmStates(INDArray source, INDArray input, INDArray gates, INDArray cells, INDArray tanhCells,
    INDArray outputs) {
    m_source = source;
    m_input = input;
    m_gates = gates;
    m_cells = cells;
    m_tanhCells = tanhCells;
    m_outputs = outputs;
  }

  long steps() {
    return m_input.size(0);
  }

  /** @return gate block k (0 input, 1 forget, 2 output, 3 cell input) of every step, [steps, sequences, units] */
  INDArray gate(int k, long units) {
    return m_gates.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(k * units, (k + 1) * units));
  }
}
