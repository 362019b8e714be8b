package weka.autoencoder.arch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import weka.autoencoder.model.AutoencoderModel;
import weka.autoencoder.nd4j.Nd4jBoundary;

class ConvolutionalArchitectureTest {

  /** Runs a batch of 3 random images through the network: {code shape, output shape, smallest feature map shape}. */
  private static long[][] shapes(ConvolutionalArchitecture architecture) throws Exception {
    return Nd4jBoundary.call(1, () -> {
      MultiLayerNetwork network = architecture.build(1, 1e-3, 0);
      AutoencoderModel model = new AutoencoderModel(null, network, architecture.codeLayerIndex(), null);
      INDArray x = Nd4j.rand(DataType.FLOAT, 3, architecture.shape().size());
      INDArray code = model.encode(x); // on a fresh network, as after loading a saved filter
      INDArray decoded = model.decode(code);
      INDArray output = model.reconstruct(x);
      assertTrue(output.equalsWithEps(decoded, 1e-5), "decode(encode(x)) = reconstruct(x)");
      INDArray lastEncoder = network.activateSelectedLayers(0, architecture.codeLayerIndex() - 1, x);
      assertEquals(DataType.FLOAT, output.dataType());
      assertArrayEquals(output.shape(), decoded.shape());
      double min = output.minNumber().doubleValue();
      double max = output.maxNumber().doubleValue();
      assertTrue(min >= 0 && max <= 1, "sigmoid output in [0,1]: " + min + ".." + max);
      assertTrue(network.getLayerWiseConfigurations().getConf(architecture.codeLayerIndex())
        .getLayer() instanceof DenseLayer);
      return new long[][] {code.shape(), output.shape(), lastEncoder.shape()};
    });
  }

  @Test
  void mnistSizedGreyImagesGoThroughTwoHalvingsAndBack() throws Exception {
    ConvolutionalArchitecture architecture = new ConvolutionalArchitecture(new ImageShape(28, 28, 1, false),
      new int[] {8, 16}, 3, Downsampling.STRIDE, Upsampling.TRANSPOSED, 30, ActivationChoice.RELU);
    long[][] shapes = shapes(architecture);
    assertArrayEquals(new long[] {3, 30}, shapes[0]);
    assertArrayEquals(new long[] {3, 784}, shapes[1]);
    assertArrayEquals(new long[] {3, 16, 7, 7}, shapes[2]);
    assertEquals("28x28x1 -> 14x14x8 -> 7x7x16 -> code 30 -> 7x7x16 -> 14x14x8 -> 28x28x1",
      architecture.describe());
  }

  @Test
  void colourImagesWithPoolingAndNearestUpsampling() throws Exception {
    ConvolutionalArchitecture architecture = new ConvolutionalArchitecture(new ImageShape(32, 32, 3, false),
      new int[] {4, 8, 8}, 3, Downsampling.POOL, Upsampling.NEAREST, 12, ActivationChoice.ELU);
    long[][] shapes = shapes(architecture);
    assertArrayEquals(new long[] {3, 12}, shapes[0]);
    assertArrayEquals(new long[] {3, 32 * 32 * 3}, shapes[1]);
    assertArrayEquals(new long[] {3, 8, 4, 4}, shapes[2]);
    assertEquals(6, architecture.codeLayerIndex(), "conv + pool per block");
  }

  @Test
  void nonSquareImagesWhoseSidesDoNotHalveEvenlyAreCroppedBackToSize() throws Exception {
    // 10 wide, 6 high: 10x6 -> 5x3 -> 3x2, back up to 12x8, cropped to 10x6.
    ConvolutionalArchitecture architecture = new ConvolutionalArchitecture(new ImageShape(10, 6, 1, false),
      new int[] {4, 4}, 5, Downsampling.STRIDE, Upsampling.TRANSPOSED, 3, ActivationChoice.RELU);
    long[][] shapes = shapes(architecture);
    assertArrayEquals(new long[] {3, 3}, shapes[0]);
    assertArrayEquals(new long[] {3, 60}, shapes[1]);
    assertArrayEquals(new long[] {3, 4, 2, 3}, shapes[2], "height 2, width 3");
    assertTrue(architecture.describe().endsWith("cropped to 10x6x1"), architecture.describe());
  }

  @Test
  void tooManyBlocksForTheImageIsRefusedWithTheLimit() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
      () -> new ConvolutionalArchitecture(new ImageShape(28, 12, 1, false), new int[] {8, 8, 8, 8}, 3,
        Downsampling.STRIDE, Upsampling.TRANSPOSED, 4, ActivationChoice.RELU));
    assertTrue(e.getMessage().contains("-filters 8,8,8,8") && e.getMessage().contains("at most 3"), e.getMessage());
  }

  @Test
  void kernelFilterAndShapeLimitsNameTheOption() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ConvolutionalArchitecture.checkKernel(4))
      .getMessage().contains("-kernel-size"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ConvolutionalArchitecture.checkFilters(new int[0]))
      .getMessage().contains("-filters"));
    assertTrue(assertThrows(IllegalArgumentException.class,
      () -> ConvolutionalArchitecture.checkFilters(new int[] {8, 5000})).getMessage().contains("-filters"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new ImageShape(0, 5, 1, false)).getMessage()
      .contains("-width"));
  }

  @Test
  void networkOrderMapsChannelsLastAndFirstToChannelsFirstColumns() {
    ImageShape last = new ImageShape(2, 1, 3, false); // one row of two RGB pixels: r0 g0 b0 r1 g1 b1
    assertArrayEquals(new int[] {0, 3, 1, 4, 2, 5}, last.networkOrder());
    ImageShape first = new ImageShape(2, 1, 3, true); // r0 r1 g0 g1 b0 b1: already the network's order
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, first.networkOrder());
    assertEquals("pixel_0_1_2", last.attributeName(0, 1, 2));
    assertEquals("pixel_3_4", new ImageShape(5, 5, 1, false).attributeName(3, 4, 0));
  }

  @Test
  void optionNamesOfTheBlockKinds() {
    assertEquals(Downsampling.POOL, Downsampling.fromOption("Pool"));
    assertEquals(Upsampling.NEAREST, Upsampling.fromOption("nearest"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Upsampling.fromOption("bilinear")).getMessage()
      .contains("transposed or nearest"));
  }
}
