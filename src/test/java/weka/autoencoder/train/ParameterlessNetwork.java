package weka.autoencoder.train;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A scripted network for loop tests, whose weights are always finite and have nothing to keep: the loop's copy and
 * restore of the best epoch's weights become no-ops, so a test only writes the losses it scripts.
 */
abstract class ParameterlessNetwork implements TrainableNetwork {

  @Override
  public boolean parametersFinite() {
    return true;
  }

  @Override
  public INDArray copyParameters() {
    return Nd4j.scalar(DataType.FLOAT, 0);
  }

  @Override
  public void restoreParameters(INDArray parameters) {
  }
}
