package weka.autoencoder.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import weka.autoencoder.arch.ActivationChoice;
import weka.autoencoder.arch.ConvolutionalArchitecture;
import weka.autoencoder.arch.DenseArchitecture;
import weka.autoencoder.arch.Downsampling;
import weka.autoencoder.arch.ImageShape;
import weka.autoencoder.arch.Upsampling;
import weka.autoencoder.nd4j.Nd4jBoundary;

class AutoencoderModelTest {

  @Test
  void aDenseNetworkWithoutHiddenLayersEncodesAndDecodes() throws Exception {
    DenseArchitecture architecture = new DenseArchitecture(6, new int[0], 2, ActivationChoice.RELU);
    Nd4jBoundary.call(1, () -> {
      AutoencoderModel model = new AutoencoderModel(null, architecture.build(1, 1e-3, 0),
        architecture.codeLayerIndex(), null);
      INDArray x = Nd4j.rand(DataType.FLOAT, 4, 6);
      INDArray code = model.encode(x);
      assertArrayEquals(new long[] {4, 2}, code.shape());
      assertTrue(model.decode(code).equalsWithEps(model.reconstruct(x), 1e-5));
      return null;
    });
  }

  @Test
  void aConvolutionalModelEncodesRightAfterJavaDeserialization() throws Exception {
    ConvolutionalArchitecture architecture = new ConvolutionalArchitecture(new ImageShape(8, 8, 1, false),
      new int[] {2}, 3, Downsampling.STRIDE, Upsampling.TRANSPOSED, 3, ActivationChoice.RELU);
    Nd4jBoundary.call(1, () -> {
      AutoencoderModel model = new AutoencoderModel(null, architecture.build(1, 1e-3, 0),
        architecture.codeLayerIndex(), null);
      INDArray x = Nd4j.rand(DataType.FLOAT, 5, 64);
      INDArray expected = model.encode(x);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(model);
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        AutoencoderModel loaded = (AutoencoderModel) in.readObject();
        assertTrue(loaded.encode(x).equalsWithEps(expected, 1e-6), "codes of the loaded network");
      }
      return null;
    });
  }
}
