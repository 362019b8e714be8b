package weka.autoencoder.arch;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * What {@link BatchedLstmLayer}'s forward pass keeps for its backward pass. The per-step arrays are [steps, features,
 * sequences], so that each step is one contiguous block and, within it, each gate's rows are too: the activated
 * gates, the cell states and their tanh, and the outputs. Cells and outputs have one more step in front, the zero
 * start state. The input is kept as [inputs, steps x sequences], the form the weight gradient's product reads.
 */
final class LstmStates {

  /** The layer input this pass was computed from (to tell a stale pass from the current one). */
  final INDArray m_source;
  /** Input, [inputs, steps x sequences]. */
  final INDArray m_input;
  /** Activated gates, [steps, 4 x units, sequences]: input, forget, output (sigmoid), cell input (tanh). */
  final INDArray m_gates;
  /** Cell states, [steps + 1, units, sequences]; step 0 is the zero start. */
  final INDArray m_cells;
  /** tanh of the cell states after each step, [steps, units, sequences]. */
  final INDArray m_tanhCells;
  /** Outputs, [steps + 1, units, sequences]; step 0 is the zero start. */
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
    return m_gates.size(0);
  }

  /** @return gate block k (0 input, 1 forget, 2 output, 3 cell input) of every step, [steps, units, sequences] */
  INDArray gate(int k, long units) {
    return m_gates.get(NDArrayIndex.all(), NDArrayIndex.interval(k * units, (k + 1) * units), NDArrayIndex.all());
  }
}
