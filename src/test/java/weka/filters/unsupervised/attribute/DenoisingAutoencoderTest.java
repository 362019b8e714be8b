package weka.filters.unsupervised.attribute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import weka.autoencoder.filter.OutputMode;
import weka.autoencoder.TestData;
import weka.autoencoder.noise.Clipping;
import weka.autoencoder.noise.GaussianNoise;
import weka.autoencoder.noise.MaskingNoise;
import weka.autoencoder.noise.NoNoise;
import weka.core.Instance;
import weka.core.Instances;
import weka.filters.Filter;

class DenoisingAutoencoderTest {

  /** Gaussian noise of the given sd added to every pixel and clipped to [0,1], on a copy. */
  private static Instances noisy(Instances clean, double sd, long seed) {
    Instances noisy = new Instances(clean);
    Random random = new Random(seed);
    for (Instance instance : noisy) {
      for (int j = 0; j < noisy.numAttributes(); j++) {
        if (j != noisy.classIndex()) {
          instance.setValue(j, Math.max(0, Math.min(1, instance.value(j) + sd * random.nextGaussian())));
        }
      }
    }
    return noisy;
  }

  private static double pixelMse(Instances a, Instances b) {
    double sum = 0;
    long n = 0;
    for (int i = 0; i < a.numInstances(); i++) {
      for (int j = 0; j < a.numAttributes(); j++) {
        if (j != a.classIndex()) {
          sum += Math.pow(a.instance(i).value(j) - b.instance(i).value(j), 2);
          n++;
        }
      }
    }
    return sum / n;
  }

  @Test
  void theDefaultsAreGaussianNoiseAndReconstructionOutput() throws Exception {
    DenoisingAutoencoder filter = new DenoisingAutoencoder();
    assertInstanceOf(GaussianNoise.class, filter.getNoise());
    assertEquals(OutputMode.RECONSTRUCTION, filter.outputMode());
    assertEquals(64, filter.getCodeSize());
    assertEquals("256", filter.getHidden());
    filter.setOptions(new String[] {"-epochs", "3"});
    assertEquals(64, filter.getCodeSize(), "options without -code-size keep the variant's default");
    assertEquals("256", filter.getHidden());
    assertInstanceOf(GaussianNoise.class, filter.getNoise(), "options without -noise keep the default");
    assertEquals(OutputMode.RECONSTRUCTION, filter.outputMode());
    List<String> options = Arrays.asList(filter.getOptions());
    assertEquals("weka.autoencoder.noise.GaussianNoise -stddev 0.1 -nominal-probability 0.1",
      options.get(options.indexOf("-noise") + 1));

    Autoencoder plain = new Autoencoder();
    assertInstanceOf(NoNoise.class, plain.getNoise(), "plain autoencoders train on clean input by default");
    assertEquals(OutputMode.CODE, plain.outputMode());
    assertEquals("512,128", plain.getHidden());
    assertEquals(10, plain.getCodeSize());
  }

  @Test
  void theNoiseOptionSurvivesARoundTripOnEveryFilter() throws Exception {
    for (Autoencoder filter : new Autoencoder[] {new Autoencoder(), new DenoisingAutoencoder()}) {
      filter.setOptions(new String[] {"-code-size", "5", "-noise",
        "weka.autoencoder.noise.GaussianNoise -stddev 0.5 -clip -nominal-probability 0.2", "-output", "code"});
      String[] options = filter.getOptions();
      Autoencoder copy = filter.getClass().getDeclaredConstructor().newInstance();
      copy.setOptions(options.clone());
      assertArrayEquals(options, copy.getOptions());
      GaussianNoise noise = assertInstanceOf(GaussianNoise.class, copy.getNoise());
      assertEquals(0.5, noise.getStddev(), 0);
      assertEquals(Clipping.ALWAYS, noise.clipping());
      assertEquals(OutputMode.CODE, copy.outputMode());

      filter.setOptions(new String[] {"-noise", "MaskingNoise -probability 0.3"});
      copy.setOptions(filter.getOptions());
      assertEquals(0.3, assertInstanceOf(MaskingNoise.class, copy.getNoise()).getProbability(), 0);
    }
    // Switching the denoising filter's noise off must survive too, not fall back to its default.
    DenoisingAutoencoder off = new DenoisingAutoencoder();
    off.setOptions(new String[] {"-noise", "none"});
    DenoisingAutoencoder copy = new DenoisingAutoencoder();
    copy.setOptions(off.getOptions());
    assertInstanceOf(NoNoise.class, copy.getNoise());
  }

  @Test
  void badNoiseSettingsGiveMessagesThatNameWhatToChange() {
    String[][] cases = {{"GaussianNoise -stddev -1", "-stddev"}, {"MaskingNoise -probability 1", "-probability"},
      {"SaltAndPepperNoise -probability 2", "-probability"}, {"PinkNoise", "PinkNoise"},
      {"GaussianNoise -loud", "-loud"}};
    for (String[] c : cases) {
      Exception e = assertThrows(Exception.class,
        () -> new DenoisingAutoencoder().setOptions(new String[] {"-noise", c[0]}), c[0]);
      assertTrue(e.getMessage().contains("-noise") && e.getMessage().contains(c[1]), e.getMessage());
    }
  }

  @Test
  void noisyDigitsComeBackCloserToTheCleanOnesThroughBatchMode() throws Exception {
    Instances mnist = TestData.mnist(700);
    Instances train = new Instances(mnist, 0, 600);
    Instances cleanTest = new Instances(mnist, 600, 100);
    Instances noisyTest = noisy(cleanTest, 0.3, 11);
    String noisyBefore = noisyTest.toString();
    DenoisingAutoencoder filter = new DenoisingAutoencoder();
    filter.setOptions(new String[] {"-noise", "GaussianNoise -stddev 0.3 -clip", "-hidden", "128", "-code-size",
      "32", "-epochs", "30", "-batch-size", "32", "-learning-rate", "0.003", "-validation-fraction", "0",
      "-threads", "1"});
    filter.setInputFormat(train);
    PrintStream err = System.err;
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    System.setErr(new PrintStream(progress, true, "UTF-8"));
    try {
      Filter.useFilter(train, filter); // first batch: trains
    } finally {
      System.setErr(err);
    }
    Instances denoised = Filter.useFilter(noisyTest, filter); // later batch: filtered with the same network
    assertTrue(denoised.equalHeaders(noisyTest), denoised.equalHeadersMsg(noisyTest));
    assertEquals(noisyBefore, noisyTest.toString(), "the user's data is not changed");
    for (int i = 0; i < denoised.numInstances(); i++) {
      assertEquals(cleanTest.instance(i).classValue(), denoised.instance(i).classValue(), 0);
    }
    double noisyMse = pixelMse(noisyTest, cleanTest);
    double denoisedMse = pixelMse(denoised, cleanTest);
    // The noisy digits are at MSE 0.046 from the clean ones (the training mean image at 0.066); 30 epochs on 600
    // digits bring the reconstruction to about 0.026.
    assertTrue(denoisedMse < 0.75 * noisyMse, "MSE to clean: denoised " + denoisedMse + ", noisy " + noisyMse);
    String log = progress.toString("UTF-8");
    assertTrue(log.contains("DenoisingAutoencoder: epoch 1/30") && log.contains("loss against clean input"), log);
  }

  @Test
  void noNoiseModelChangesTheUsersDataIncludingNominalsAndMissingValues() throws Exception {
    for (String noise : new String[] {"GaussianNoise -stddev 0.5 -clip -nominal-probability 0.5",
      "MaskingNoise -probability 0.5", "SaltAndPepperNoise -probability 0.5"}) {
      Instances data = TestData.lowRank(60, 21);
      data.instance(3).setMissing(1);
      data.instance(5).setMissing(6);
      String before = data.toString();
      DenoisingAutoencoder filter = new DenoisingAutoencoder();
      filter.setOptions(new String[] {"-noise", noise, "-hidden", "8", "-code-size", "2", "-epochs", "2",
        "-threads", "1"});
      filter.setInputFormat(data);
      Instances out = Filter.useFilter(data, filter);
      assertEquals(before, data.toString(), noise);
      assertTrue(out.equalHeaders(data), noise);
      assertFalse(out.instance(5).isMissing(6), "the missing nominal value is filled in");
    }
  }

  @Test
  void aTrainedDenoisingFilterSurvivesMakeCopy() throws Exception {
    Instances data = TestData.lowRank(80, 22);
    DenoisingAutoencoder filter = new DenoisingAutoencoder();
    filter.setOptions(new String[] {"-noise", "SaltAndPepperNoise -probability 0.2", "-hidden", "8",
      "-code-size", "2", "-epochs", "2", "-threads", "1"});
    filter.setInputFormat(data);
    Instances expected = Filter.useFilter(data, filter);
    DenoisingAutoencoder copy = (DenoisingAutoencoder) Filter.makeCopy(filter);
    assertNotNull(copy.getModel());
    assertEquals(expected.toString(), Filter.useFilter(data, copy).toString());
    assertInstanceOf(weka.autoencoder.noise.SaltAndPepperNoise.class, copy.getNoise());
  }

  @Test
  void globalInfoExplainsTheUseAndEveryPropertyHasHelpText() throws Exception {
    DenoisingAutoencoder filter = new DenoisingAutoencoder();
    String info = filter.globalInfo();
    assertTrue(info.contains("noisy") && info.contains("same header") && info.contains("clean"), info);
    for (java.beans.PropertyDescriptor p : java.beans.Introspector.getBeanInfo(DenoisingAutoencoder.class)
      .getPropertyDescriptors()) {
      if (p.getReadMethod() != null && p.getWriteMethod() != null && !p.getName().equals("options")) {
        java.lang.reflect.Method tip = DenoisingAutoencoder.class.getMethod(p.getName() + "TipText");
        assertFalse(((String) tip.invoke(filter)).isEmpty(), p.getName());
      }
    }
  }
}
