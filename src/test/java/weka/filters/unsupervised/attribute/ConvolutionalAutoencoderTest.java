package weka.filters.unsupervised.attribute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import weka.autoencoder.filter.AutoencoderFilter;
import weka.autoencoder.TestData;
import weka.autoencoder.TestOptions;
import weka.autoencoder.ImageTestData;
import weka.autoencoder.arch.ImageShape;
import weka.autoencoder.model.AutoencoderModel;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.SerializationHelper;
import weka.filters.Filter;

class ConvolutionalAutoencoderTest {

  private static final ImageShape GREY = new ImageShape(8, 8, 1, false);

  /** A tiny, fast configuration for 8x8 images. */
  private static ConvolutionalAutoencoder quick(ImageShape shape, String... extra) throws Exception {
    List<String> options = new ArrayList<>(Arrays.asList("-width", "" + shape.width(), "-height",
      "" + shape.height(), "-channels", "" + shape.channels(), "-filters", "4,8", "-code-size", "4", "-epochs", "3",
      "-batch-size", "16", "-learning-rate", "0.01", "-threads", "1", "-validation-fraction", "0"));
    if (shape.channelsFirst()) {
      options.add("-channels-first");
    }
    ConvolutionalAutoencoder filter = new ConvolutionalAutoencoder();
    filter.setOptions(TestOptions.merged(options, extra));
    return filter;
  }

  private static double meanSquaredPixelError(Instances a, Instances b, int pixels) {
    double sum = 0;
    for (int i = 0; i < a.numInstances(); i++) {
      for (int j = 0; j < pixels; j++) {
        sum += Math.pow(a.instance(i).value(j) - b.instance(i).value(j), 2);
      }
    }
    return sum / a.numInstances() / pixels;
  }

  @Test
  void codeOutputHasCodeAttributesThenTheUnchangedClass() throws Exception {
    Instances data = ImageTestData.squares(60, GREY, 1, 1);
    ConvolutionalAutoencoder filter = quick(GREY);
    filter.setInputFormat(data);
    Instances out = Filter.useFilter(data, filter);
    assertEquals(5, out.numAttributes());
    assertEquals("code_3", out.attribute(3).name());
    assertEquals(4, out.classIndex());
    for (int i = 0; i < data.numInstances(); i++) {
      assertEquals(data.instance(i).classValue(), out.instance(i).classValue(), 0);
      assertFalse(out.instance(i).hasMissingValue());
    }
  }

  @Test
  void reconstructionKeepsTheHeaderAndBeatsTheMeanImageIn0To255Units() throws Exception {
    Instances data = ImageTestData.squares(200, GREY, 255, 2);
    ConvolutionalAutoencoder filter = quick(GREY, "-output", "reconstruction", "-epochs", "30", "-code-size", "8",
      "-learning-rate", "0.005");
    filter.setInputFormat(data);
    Instances out = Filter.useFilter(data, filter);
    assertTrue(out.equalHeaders(data), out.equalHeadersMsg(data));
    double meanImageError = 0;
    for (int j = 0; j < GREY.size(); j++) {
      meanImageError += data.variance(j) * (data.numInstances() - 1) / data.numInstances();
    }
    meanImageError /= GREY.size();
    double error = meanSquaredPixelError(out, data, GREY.size());
    assertTrue(error < 0.5 * meanImageError, "reconstruction " + error + " vs mean image " + meanImageError);
    for (Instance instance : out) {
      for (int j = 0; j < GREY.size(); j++) {
        assertTrue(instance.value(j) >= 0 && instance.value(j) <= 255, "pixel in the input's units");
      }
    }
  }

  @Test
  void pixelsIn0To1And0To255GiveTheSameCodes() throws Exception {
    Instances bytes = ImageTestData.squares(40, GREY, 255, 3);
    Instances unit = new Instances(bytes);
    for (Instance instance : unit) {
      for (int j = 0; j < GREY.size(); j++) {
        instance.setValue(j, instance.value(j) / 255);
      }
    }
    ConvolutionalAutoencoder a = quick(GREY);
    a.setInputFormat(bytes);
    ConvolutionalAutoencoder b = quick(GREY, "-pixel-range", "0-1");
    b.setInputFormat(unit);
    assertArrayEquals(TestData.values(Filter.useFilter(bytes, a)), TestData.values(Filter.useFilter(unit, b)));
  }

  @Test
  void channelsFirstAndChannelsLastLayoutsOfTheSameImagesGiveTheSameCodes() throws Exception {
    ImageShape last = new ImageShape(8, 8, 3, false);
    ImageShape first = new ImageShape(8, 8, 3, true);
    Instances rgbLast = ImageTestData.squares(30, last, 1, 4);
    Instances rgbFirst = new Instances(rgbLast);
    for (int i = 0; i < rgbLast.numInstances(); i++) {
      for (int r = 0; r < 8; r++) {
        for (int c = 0; c < 8; c++) {
          for (int ch = 0; ch < 3; ch++) {
            double v = rgbLast.instance(i).value(last.position(r, c, ch));
            rgbFirst.instance(i).setValue(first.position(r, c, ch), v);
          }
        }
      }
    }
    ConvolutionalAutoencoder a = quick(last);
    a.setInputFormat(rgbLast);
    ConvolutionalAutoencoder b = quick(first);
    b.setInputFormat(rgbFirst);
    assertArrayEquals(TestData.values(Filter.useFilter(rgbLast, a)), TestData.values(Filter.useFilter(rgbFirst, b)));
    // and a layout mix-up is not invisible: reading channels-last data as channels-first changes the codes
    ConvolutionalAutoencoder wrong = quick(first);
    wrong.setInputFormat(rgbLast);
    assertFalse(Arrays.deepEquals(TestData.values(Filter.useFilter(rgbLast, a)), TestData.values(Filter.useFilter(rgbLast, wrong))));
  }

  @Test
  void geometryThatDoesNotMatchTheAttributesIsRefusedWithTheCounts() throws Exception {
    Instances data = ImageTestData.squares(5, GREY, 1, 5);
    Exception e = assertThrows(Exception.class, () -> quick(new ImageShape(8, 9, 1, false)).setInputFormat(data));
    assertTrue(e.getMessage().contains("= 72 pixel values") && e.getMessage().contains("has 64 numeric"),
      e.getMessage());
    Exception blocks = assertThrows(Exception.class,
      () -> quick(GREY, "-filters", "2,2,2,2").setInputFormat(data));
    assertTrue(blocks.getMessage().contains("at most 3"), blocks.getMessage());

    Instances nominal = new Instances(data);
    nominal.setClassIndex(-1);
    Exception nominalPixel = assertThrows(Exception.class, () -> quick(GREY).setInputFormat(nominal));
    assertTrue(nominalPixel.getMessage().contains("'side'") && nominalPixel.getMessage().contains("nominal"),
      nominalPixel.getMessage());
  }

  @Test
  void aStringAttributeWithoutImageDirectoryPointsToTheOption() throws Exception {
    Instances files = ImageTestData.fileList(Arrays.asList("a.png", "b.png"), ImageTestData.squares(2, GREY, 1, 6));
    Exception e = assertThrows(Exception.class, () -> quick(GREY).setInputFormat(files));
    assertTrue(e.getMessage().contains("'file'") && e.getMessage().contains("-image-directory"), e.getMessage());
  }

  @Test
  void imagesReadFromPngFilesGiveTheSameCodesAsTheirPixelAttributes(@TempDir Path dir) throws Exception {
    for (ImageShape shape : new ImageShape[] {GREY, new ImageShape(8, 6, 3, false)}) {
      Instances pixels = ImageTestData.squares(24, shape, 255, 7);
      Instances files = ImageTestData.fileList(ImageTestData.writePngs(pixels, shape, dir.toFile()), pixels);
      String before = files.toString();

      ConvolutionalAutoencoder fromFiles = quick(shape, "-image-directory", dir.toString(), "-error-attribute");
      fromFiles.setInputFormat(files);
      Instances out = Filter.useFilter(files, fromFiles);
      ConvolutionalAutoencoder fromPixels = quick(shape, "-error-attribute");
      fromPixels.setInputFormat(pixels);
      Instances expected = Filter.useFilter(pixels, fromPixels);

      assertEquals(before, files.toString(), "user data unchanged");
      assertEquals(6, out.numAttributes());
      assertEquals("code_0", out.attribute(0).name());
      assertEquals("side", out.classAttribute().name());
      assertEquals(AutoencoderFilter.ERROR_ATTRIBUTE, out.attribute(5).name());
      assertArrayEquals(TestData.values(expected), TestData.values(out), shape.toString());
    }
  }

  @Test
  void fileImagesReconstructAsPixelAttributesAndSurviveSerialization(@TempDir Path dir) throws Exception {
    ImageShape rgb = new ImageShape(8, 6, 3, false);
    Instances pixels = ImageTestData.squares(20, rgb, 255, 8);
    Instances files = ImageTestData.fileList(ImageTestData.writePngs(pixels, rgb, dir.toFile()), pixels);
    ConvolutionalAutoencoder filter = quick(rgb, "-image-directory", dir.toString(), "-output", "reconstruction");
    filter.setInputFormat(files);
    Instances out = Filter.useFilter(files, filter);
    assertEquals(8 * 6 * 3 + 1, out.numAttributes());
    assertEquals("pixel_0_0_0", out.attribute(0).name());
    assertEquals("pixel_5_7_2", out.attribute(8 * 6 * 3 - 1).name());
    assertEquals(8 * 6 * 3, out.classIndex());
    for (int j = 0; j < rgb.size(); j++) {
      assertTrue(out.instance(0).value(j) >= 0 && out.instance(0).value(j) <= 255);
    }

    File saved = dir.resolve("filter.model").toFile();
    SerializationHelper.write(saved.getPath(), filter);
    ConvolutionalAutoencoder restored = (ConvolutionalAutoencoder) SerializationHelper.read(saved.getPath());
    assertArrayEquals(TestData.values(out), TestData.values(Filter.useFilter(files, restored)));
  }

  @Test
  void aMissingOrUnreadableImageFileIsNamedInTheError(@TempDir Path dir) throws Exception {
    Instances pixels = ImageTestData.squares(3, GREY, 255, 9);
    List<String> names = new ArrayList<>(ImageTestData.writePngs(pixels, GREY, dir.toFile()));
    names.set(1, "lost.png");
    Instances files = ImageTestData.fileList(names, pixels);
    ConvolutionalAutoencoder filter = quick(GREY, "-image-directory", dir.toString());
    filter.setInputFormat(files);
    Exception e = assertThrows(Exception.class, () -> Filter.useFilter(files, filter));
    assertTrue(e.getMessage().contains("Instance 2") && e.getMessage().contains("lost.png")
      && e.getMessage().contains("-image-directory"), e.getMessage());

    Files.write(dir.resolve("broken.png"), new byte[] {1, 2, 3});
    names.set(1, "broken.png");
    Instances broken = ImageTestData.fileList(names, pixels);
    ConvolutionalAutoencoder again = quick(GREY, "-image-directory", dir.toString());
    again.setInputFormat(broken);
    Exception unreadable = assertThrows(Exception.class, () -> Filter.useFilter(broken, again));
    assertTrue(unreadable.getMessage().contains("broken.png"), unreadable.getMessage());
    assertFalse(unreadable.getMessage().contains("org.nd4j"), unreadable.getMessage());
  }

  @Test
  void laterBatchesAndSingleInstancesUseTheFirstBatchsNetwork() throws Exception {
    Instances train = ImageTestData.squares(50, GREY, 1, 10);
    Instances test = ImageTestData.squares(12, GREY, 1, 11);
    ConvolutionalAutoencoder filter = quick(GREY, "-error-attribute");
    filter.setInputFormat(train);
    Filter.useFilter(train, filter);
    Instances batchOut = Filter.useFilter(test, filter);
    assertArrayEquals(TestData.values(batchOut), TestData.values(Filter.useFilter(test, filter)), "second batch must not retrain");
    filter.input(test.instance(5));
    filter.batchFinished();
    assertArrayEquals(batchOut.instance(5).toDoubleArray(), filter.output().toDoubleArray(), 1e-5);
  }

  @Test
  void aTrainedFilterSurvivesSerializationAndMakeCopy(@TempDir Path dir) throws Exception {
    Instances train = ImageTestData.squares(40, GREY, 1, 12);
    Instances test = ImageTestData.squares(10, GREY, 1, 13);
    ConvolutionalAutoencoder filter = quick(GREY, "-output", "reconstruction");
    filter.setInputFormat(train);
    Filter.useFilter(train, filter);
    double[][] expected = TestData.values(Filter.useFilter(test, filter));
    File file = dir.resolve("conv.model").toFile();
    SerializationHelper.write(file.getPath(), filter);
    ConvolutionalAutoencoder restored = (ConvolutionalAutoencoder) SerializationHelper.read(file.getPath());
    assertNotNull(restored.getModel());
    assertEquals(4, ((AutoencoderModel) restored.getModel()).codeSize());
    assertArrayEquals(expected, TestData.values(Filter.useFilter(test, restored)));
    assertArrayEquals(expected, TestData.values(Filter.useFilter(test, (ConvolutionalAutoencoder) Filter.makeCopy(filter))));
  }

  @Test
  void missingPixelsAndInstanceWeightsAreHandled() throws Exception {
    Instances data = ImageTestData.squares(40, GREY, 1, 14);
    data.instance(3).setMissing(10);
    data.instance(7).setWeight(2.5);
    String before = data.toString();
    ConvolutionalAutoencoder filter = quick(GREY, "-output", "reconstruction", "-error-attribute");
    filter.setInputFormat(data);
    Instances out = Filter.useFilter(data, filter);
    assertEquals(before, data.toString(), "user data unchanged");
    assertFalse(out.instance(3).isMissing(10), "missing pixel filled by the reconstruction");
    assertEquals(2.5, out.instance(7).weight(), 0);
  }

  @Test
  void everyOptionSurvivesAGetOptionsSetOptionsRoundTrip() throws Exception {
    ConvolutionalAutoencoder filter = new ConvolutionalAutoencoder();
    filter.setOptions(new String[] {"-code-size", "7", "-width", "32", "-height", "24", "-channels", "3",
      "-channels-first", "-filters", "16,32,8", "-kernel-size", "5", "-downsampling", "pool", "-upsampling",
      "nearest", "-activation", "elu", "-pixel-range", "0-255", "-image-directory", "/tmp/images", "-epochs", "12",
      "-batch-size", "16", "-learning-rate", "0.005", "-weight-decay", "1.0E-4", "-S", "9",
      "-validation-fraction", "0.2", "-patience", "3", "-output", "reconstruction", "-error-attribute",
      "-threads", "2"});
    String[] options = filter.getOptions();
    assertFalse(Arrays.asList(options).contains("-normalize"), Arrays.toString(options));
    ConvolutionalAutoencoder copy = new ConvolutionalAutoencoder();
    copy.setOptions(options.clone());
    assertArrayEquals(options, copy.getOptions());
    assertEquals("16,32,8", copy.getFilters());
    assertEquals(24, copy.getHeight());
    assertTrue(copy.getChannelsFirst());
    assertEquals(new File("/tmp/images"), copy.getImageDirectory());
    assertEquals("pool", copy.getDownsampling().getSelectedTag().getReadable());

    ConvolutionalAutoencoder defaults = new ConvolutionalAutoencoder();
    ConvolutionalAutoencoder defaultsCopy = new ConvolutionalAutoencoder();
    defaultsCopy.setOptions(defaults.getOptions());
    assertArrayEquals(defaults.getOptions(), defaultsCopy.getOptions());
    assertFalse(Arrays.asList(defaults.getOptions()).contains("-image-directory"));
  }

  @Test
  void absurdOptionValuesGiveMessagesThatNameTheOption() {
    String[][] bad = {{"-width", "0"}, {"-height", "-3"}, {"-channels", "0"}, {"-filters", "8,0"},
      {"-filters", "8,abc"}, {"-filters", "none"}, {"-kernel-size", "2"}, {"-kernel-size", "99"},
      {"-downsampling", "average"}, {"-upsampling", "bilinear"}, {"-pixel-range", "0-100"}, {"-activation", "magic"},
      {"-normalize", "minmax"}, {"-code-size", "0"}, {"-width", "wide"}};
    for (String[] options : bad) {
      Exception e = assertThrows(Exception.class, () -> new ConvolutionalAutoencoder().setOptions(options.clone()),
        String.join(" ", options));
      assertTrue(e.getMessage().contains(options[0]),
        "message for " + String.join(" ", options) + ": " + e.getMessage());
    }
  }

  @Test
  void helpTextsExplainThePixelLayoutAndNormalizeIsNotOffered() throws Exception {
    ConvolutionalAutoencoder filter = new ConvolutionalAutoencoder();
    assertTrue(filter.globalInfo().contains("row-major") && filter.globalInfo().contains("channels last"));
    for (Option option : Collections.list(filter.listOptions())) {
      assertFalse(option.name().equals("normalize"));
    }
    for (java.beans.PropertyDescriptor p : java.beans.Introspector.getBeanInfo(ConvolutionalAutoencoder.class)
      .getPropertyDescriptors()) {
      if (p.getReadMethod() != null && p.getWriteMethod() != null && !p.getName().equals("options")) {
        java.lang.reflect.Method tip = ConvolutionalAutoencoder.class.getMethod(p.getName() + "TipText");
        assertFalse(((String) tip.invoke(filter)).isEmpty(), p.getName());
      }
    }
    assertNotNull(ConvolutionalAutoencoder.class.getMethod("getNormalize")
      .getAnnotation(weka.gui.ProgrammaticProperty.class), "normalize hidden from the GUI");
  }

  @Test
  void defaultsAreTheMeasuredFastOnes() throws Exception {
    // bench/RESULTS-speed-15.md: 20 epochs at 0.002 reach 0.40 x PCA-30's MNIST test error in minutes.
    ConvolutionalAutoencoder filter = new ConvolutionalAutoencoder();
    assertEquals(20, filter.getEpochs());
    assertEquals(0.002, filter.getLearningRate(), 0);
    assertEquals(32, filter.getCodeSize());
    java.util.List<String> options = java.util.Arrays.asList(filter.getOptions());
    assertEquals("20", options.get(options.indexOf("-epochs") + 1));
    filter.setOptions(new String[] {"-epochs", "7"});
    assertEquals(7, filter.getEpochs());
    assertEquals(64, new Autoencoder().getBatchSize(), "the other filters keep the shared defaults");
    assertEquals(0, new Autoencoder().getEpochs(), "the shared automatic budget (-epochs 0)");
  }

  @Test
  void theMnistSampleGoesThroughWithItsDefaults() throws Exception {
    Instances mnist = weka.autoencoder.TestData.mnist(64);
    ConvolutionalAutoencoder filter = new ConvolutionalAutoencoder();
    filter.setOptions(new String[] {"-epochs", "1", "-filters", "4", "-threads", "1"});
    filter.setInputFormat(mnist);
    Instances out = Filter.useFilter(mnist, filter);
    assertEquals(33, out.numAttributes(), "32 codes by default, then the digit");
    assertEquals("digit", out.classAttribute().name());
  }

  @Test
  void theOutputOfAFileFilterDoesNotKeepTheFileName(@TempDir Path dir) throws Exception {
    Instances pixels = ImageTestData.squares(4, GREY, 255, 15);
    Instances files = ImageTestData.fileList(ImageTestData.writePngs(pixels, GREY, dir.toFile()), pixels);
    files.insertAttributeAt(new Attribute("weight_kg"), 1);
    for (int i = 0; i < files.numInstances(); i++) {
      files.instance(i).setValue(1, 10 + i);
    }
    ConvolutionalAutoencoder filter = quick(GREY, "-image-directory", dir.toString(), "-epochs", "1");
    filter.setInputFormat(files);
    Instances out = Filter.useFilter(files, filter);
    assertEquals(Arrays.asList("code_0", "code_1", "code_2", "code_3", "weight_kg", "side"), names(out));
    assertEquals(13.0, out.instance(3).value(4), 0);
    assertEquals(5, out.classIndex());
  }

  private static List<String> names(Instances data) {
    List<String> names = new ArrayList<>();
    for (int a = 0; a < data.numAttributes(); a++) {
      names.add(data.attribute(a).name());
    }
    return names;
  }
}
