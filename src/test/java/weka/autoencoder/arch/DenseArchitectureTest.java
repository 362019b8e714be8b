package weka.autoencoder.arch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import weka.autoencoder.nd4j.Nd4jBoundary;

class DenseArchitectureTest {

  private static long[] layerWidths(MultiLayerNetwork network) {
    long[] widths = new long[network.getnLayers() + 1];
    for (int i = 0; i < network.getnLayers(); i++) {
      FeedForwardLayer layer = (FeedForwardLayer) network.getLayerWiseConfigurations().getConf(i).getLayer();
      if (i == 0) {
        widths[0] = layer.getNIn();
      }
      widths[i + 1] = layer.getNOut();
    }
    return widths;
  }

  @Test
  void decoderMirrorsEncoderAroundTheCode() throws Exception {
    DenseArchitecture architecture = new DenseArchitecture(784, new int[] {256, 64}, 30, ActivationChoice.RELU);
    MultiLayerNetwork network = Nd4jBoundary.call(1, () -> architecture.build(1, 1e-3, 0));
    assertArrayEquals(new long[] {784, 256, 64, 30, 64, 256, 784}, layerWidths(network));
    assertEquals(2, architecture.codeLayerIndex());
  }

  @Test
  void noHiddenLayersGivesOneLayerEachWay() throws Exception {
    DenseArchitecture architecture = new DenseArchitecture(12, new int[0], 3, ActivationChoice.TANH);
    MultiLayerNetwork network = Nd4jBoundary.call(1, () -> architecture.build(1, 1e-3, 0));
    assertArrayEquals(new long[] {12, 3, 12}, layerWidths(network));
    assertEquals(0, architecture.codeLayerIndex());
  }

  @Test
  void outputAndCodeHaveTheExpectedShapesInFloat32() throws Exception {
    DenseArchitecture architecture = new DenseArchitecture(20, new int[] {8}, 4, ActivationChoice.ELU);
    long[][] shapes = Nd4jBoundary.call(1, () -> {
      MultiLayerNetwork network = architecture.build(7, 1e-3, 0);
      INDArray x = Nd4j.rand(DataType.FLOAT, 5, 20);
      INDArray code = network.activateSelectedLayers(0, architecture.codeLayerIndex(), x);
      INDArray output = network.output(x);
      assertEquals(DataType.FLOAT, output.dataType());
      return new long[][] {code.shape(), output.shape()};
    });
    assertArrayEquals(new long[] {5, 4}, shapes[0]);
    assertArrayEquals(new long[] {5, 20}, shapes[1]);
  }

  @Test
  void sameSeedGivesSameInitialWeights() throws Exception {
    DenseArchitecture architecture = new DenseArchitecture(10, new int[] {6}, 2, ActivationChoice.RELU);
    boolean same = Nd4jBoundary.call(1, () -> architecture.build(42, 1e-3, 0).params()
      .equals(architecture.build(42, 1e-3, 0).params()));
    boolean different = Nd4jBoundary.call(1, () -> architecture.build(42, 1e-3, 0).params()
      .equals(architecture.build(43, 1e-3, 0).params()));
    assertEquals(true, same);
    assertEquals(false, different);
  }

  @Test
  void layerSizesParseAndPrint() {
    assertArrayEquals(new int[] {256, 64}, LayerSizes.parse(" 256, 64 "));
    assertArrayEquals(new int[0], LayerSizes.parse("none"));
    assertEquals("none", LayerSizes.format(new int[0]));
    assertEquals("128,32", LayerSizes.format(new int[] {128, 32}));
    assertThrows(IllegalArgumentException.class, () -> LayerSizes.parse("64,0"));
    assertThrows(IllegalArgumentException.class, () -> LayerSizes.parse("64,abc"));
  }

  @Test
  void activationNamesAreTheOptionValues() {
    assertEquals(ActivationChoice.LEAKYRELU, ActivationChoice.fromOption("LeakyReLU"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
      () -> ActivationChoice.fromOption("softsign"));
    assertEquals(true, e.getMessage().contains("relu, leakyrelu, elu, tanh or sigmoid"));
  }
}
