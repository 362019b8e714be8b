package weka.autoencoder.variant;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import weka.autoencoder.arch.ImageShape;
import weka.autoencoder.codec.ImageFileData;
import weka.autoencoder.model.Model;
import weka.autoencoder.train.ProgressListener;
import weka.core.Attribute;
import weka.core.Instances;

/**
 * Images read from files named by a string attribute: each batch's files are read into pixels, which a
 * {@link TabularVariant} on pixels trains on and filters; its output is merged back beside the other attributes.
 */
public final class ImageFileVariant implements Variant {

  private static final long serialVersionUID = 1L;

  private final TabularVariant m_pixels;
  private final ImageShape m_shape;
  private final File m_directory;
  private final OutputPlan m_output;
  private ImageFileData m_files;

  /**
   * @param pixels the variant that trains on the pixels read (0-255, no class)
   * @param shape the size images are scaled to
   * @param directory where relative file names are looked up
   * @param output what to output
   */
  public ImageFileVariant(TabularVariant pixels, ImageShape shape, File directory, OutputPlan output) {
    m_pixels = pixels;
    m_shape = shape;
    m_directory = directory;
    m_output = output;
  }

  private ImageFileData files(Instances header) {
    if (m_files == null) {
      m_files = new ImageFileData(header, m_shape, m_directory);
    }
    return m_files;
  }

  @Override
  public void checkInput(Instances header) {
    new ImageFileData(header, m_shape, m_directory);
  }

  /** @return codes or rebuilt pixels first, then every input attribute but the file name */
  @Override
  public Instances outputFormat(Instances input) {
    ImageFileData files = files(input);
    List<String> pixelNames = new ArrayList<>();
    for (Attribute pixel : files.pixelAttributes()) {
      pixelNames.add(pixel.name());
    }
    return OutputHeader.build(input, a -> a == files.fileAttribute(),
      m_output.codes() ? m_output.codeAttributes() : files.pixelAttributes(), OutputHeader.Placement.FIRST,
      m_output.codes(), m_output.scores().attributes(pixelNames));
  }

  @Override
  public Model train(Instances data, ProgressListener progress) throws Exception {
    return m_pixels.train(files(data).readPixels(data), progress);
  }

  @Override
  public Instances transform(Model model, Instances batch, Instances outputFormat) throws Exception {
    Instances pixels = files(batch).readPixels(batch);
    Instances network = m_pixels.transform(model, pixels, m_pixels.outputFormat(pixels));
    int representation = m_output.codes() ? m_output.codeWidth() : pixels.numAttributes();
    return files(batch).merge(network, representation, batch, outputFormat);
  }
}
