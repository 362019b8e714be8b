package weka.autoencoder.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import weka.autoencoder.ImageTestData;
import weka.autoencoder.arch.ImageShape;
import weka.core.Instances;

class ImageFilesTest {

  @Test
  void greyAndRgbPngsReadBackToTheExactPixelValues(@TempDir Path dir) throws Exception {
    for (ImageShape shape : new ImageShape[] {new ImageShape(6, 4, 1, false), new ImageShape(6, 4, 3, false),
      new ImageShape(6, 4, 3, true)}) {
      Instances pixels = ImageTestData.squares(3, shape, 255, 1);
      List<String> names = ImageTestData.writePngs(pixels, shape, dir.toFile());
      ImageFileReader reader = new ImageFileReader(shape);
      for (int i = 0; i < names.size(); i++) {
        double[] expected = Arrays.copyOf(pixels.instance(i).toDoubleArray(), shape.size());
        assertArrayEquals(expected, reader.read(new File(dir.toFile(), names.get(i))), 0, shape + " image " + i);
      }
    }
  }

  @Test
  void largerImagesAreScaledDownAndColourBecomesGrey(@TempDir Path dir) throws Exception {
    BufferedImage image = new BufferedImage(16, 8, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 8; y++) {
      for (int x = 0; x < 16; x++) {
        image.setRGB(x, y, x < 8 ? 0x000000 : 0xC86432); // left half black, right half (200,100,50)
      }
    }
    File file = dir.resolve("wide.png").toFile();
    ImageIO.write(image, "png", file);
    double[] grey = new ImageFileReader(new ImageShape(4, 2, 1, false)).read(file);
    double luminance = Math.round(0.299 * 200 + 0.587 * 100 + 0.114 * 50);
    assertArrayEquals(new double[] {0, 0, luminance, luminance, 0, 0, luminance, luminance}, grey, 1);
    double[] rgb = new ImageFileReader(new ImageShape(4, 2, 3, false)).read(file);
    assertArrayEquals(new double[] {200, 100, 50}, Arrays.copyOfRange(rgb, 9, 12), 1, "pixel (0,3)");
  }

  @Test
  void missingAndUnreadableFilesAreNamedInTheMessage(@TempDir Path dir) throws Exception {
    ImageFileReader reader = new ImageFileReader(new ImageShape(4, 4, 1, false));
    IOException missing = assertThrows(IOException.class, () -> reader.read(dir.resolve("nope.png").toFile()));
    assertTrue(missing.getMessage().contains("nope.png") && missing.getMessage().contains("does not exist"),
      missing.getMessage());
    Path text = dir.resolve("notes.png");
    Files.write(text, "not an image".getBytes("UTF-8"));
    IOException unreadable = assertThrows(IOException.class, () -> reader.read(text.toFile()));
    assertTrue(unreadable.getMessage().contains("notes.png") && unreadable.getMessage().contains("PNG and JPEG"),
      unreadable.getMessage());
    IllegalArgumentException channels = assertThrows(IllegalArgumentException.class,
      () -> new ImageFileReader(new ImageShape(4, 4, 2, false)));
    assertTrue(channels.getMessage().contains("-channels"), channels.getMessage());
  }

  @Test
  void pixelRangeIsDetectedOrTakenAsSet() {
    ImageShape shape = new ImageShape(4, 4, 1, false);
    int[] pixels = new int[16];
    for (int i = 0; i < 16; i++) {
      pixels[i] = i;
    }
    assertEquals(1, PixelRange.AUTO.scale(ImageTestData.squares(5, shape, 1, 2), pixels), 0);
    assertEquals(255, PixelRange.AUTO.scale(ImageTestData.squares(5, shape, 255, 2), pixels), 0);
    assertEquals(255, PixelRange.BYTE.scale(ImageTestData.squares(5, shape, 1, 2), pixels), 0);
    Instances negative = ImageTestData.squares(5, shape, 1, 2);
    negative.instance(3).setValue(7, -0.5);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
      () -> PixelRange.AUTO.scale(negative, pixels));
    assertTrue(e.getMessage().contains("pixel_1_3") && e.getMessage().contains("Instance 4")
      && e.getMessage().contains("outside [0,1] and [0,255]"), e.getMessage());
    Instances tooBright = ImageTestData.squares(5, shape, 1, 2);
    tooBright.instance(1).setValue(2, 999);
    e = assertThrows(IllegalArgumentException.class, () -> PixelRange.BYTE.scale(tooBright, pixels));
    assertTrue(e.getMessage().contains("Instance 2") && e.getMessage().contains("is 999.0")
      && e.getMessage().contains("outside the declared -pixel-range 0-255"), e.getMessage());
    assertEquals(PixelRange.BYTE, PixelRange.fromOption("0-255"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> PixelRange.fromOption("0-100")).getMessage()
      .contains("auto, 0-1 or 0-255"));
  }

  @Test
  void thePixelCodecPutsColumnsInTheGivenOrderAndUndoesTheScale() {
    ImageShape shape = new ImageShape(2, 2, 1, false);
    Instances data = ImageTestData.squares(4, shape, 255, 3);
    TabularCodec codec = TabularCodec.forPixels(data, new int[] {3, 2, 1, 0}, 255);
    EncodedBatch batch = codec.encode(data, 0, 1);
    double[] row = data.instance(0).toDoubleArray();
    assertArrayEquals(new float[] {(float) (row[3] / 255), (float) (row[2] / 255), (float) (row[1] / 255),
      (float) (row[0] / 255)}, batch.values(), 1e-6f);
    assertArrayEquals(row, codec.decode(batch.values(), data.instance(0)), 1e-3, "units and class restored");
  }
}
