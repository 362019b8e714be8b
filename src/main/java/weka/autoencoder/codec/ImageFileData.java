package weka.autoencoder.codec;

import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import weka.autoencoder.arch.ImageShape;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * The Weka side of images kept in files: one string attribute holds each instance's file name (relative to an image
 * directory, or absolute). The network sees the pixels read from the files; the output keeps every other attribute
 * unchanged, after the code or the reconstructed pixels, and drops the file name (so a classifier can use the
 * output directly).
 */
public final class ImageFileData implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ImageShape m_shape;
  private final File m_directory;
  private final int m_fileAttribute;
  private final String m_fileAttributeName;

  /**
   * @param header the input header
   * @param shape the image geometry the files are scaled to
   * @param directory where relative file names are looked up
   * @throws IllegalArgumentException when the header has no string attribute, more than one, or a relational one
   */
  public ImageFileData(Instances header, ImageShape shape, File directory) {
    new ImageFileReader(shape); // checks the channel count
    m_shape = shape;
    m_directory = directory;
    m_fileAttribute = fileAttribute(header);
    m_fileAttributeName = header.attribute(m_fileAttribute).name();
  }

  private static int fileAttribute(Instances header) {
    int found = -1;
    for (int a = 0; a < header.numAttributes(); a++) {
      Attribute attribute = header.attribute(a);
      if (attribute.isRelationValued()) {
        throw new IllegalArgumentException("Cannot use relational attribute '" + attribute.name() + "' (attribute "
          + (a + 1) + "): remove it first.");
      }
      if (attribute.isString()) {
        if (a == header.classIndex()) {
          throw new IllegalArgumentException("The class attribute '" + attribute.name() + "' cannot hold the image "
            + "file names: make another attribute the class.");
        }
        if (found >= 0) {
          throw new IllegalArgumentException("Both '" + header.attribute(found).name() + "' and '" + attribute.name()
            + "' are string attributes; with -image-directory exactly one string attribute must hold the image file "
            + "names: remove the other (RemoveType or Remove).");
        }
        found = a;
      }
    }
    if (found < 0) {
      throw new IllegalArgumentException("-image-directory is set, but the data has no string attribute with image "
        + "file names: add one, or clear -image-directory to take the pixels from numeric attributes.");
    }
    return found;
  }

  /** @return index of the attribute holding the file names */
  public int fileAttribute() {
    return m_fileAttribute;
  }

  /** @return the pixel attributes as numeric attributes, in the shape's order */
  public ArrayList<Attribute> pixelAttributes() {
    ArrayList<Attribute> attributes = new ArrayList<>(m_shape.size());
    String[] names = new String[m_shape.size()];
    for (int r = 0; r < m_shape.height(); r++) {
      for (int c = 0; c < m_shape.width(); c++) {
        for (int ch = 0; ch < m_shape.channels(); ch++) {
          names[m_shape.position(r, c, ch)] = m_shape.attributeName(r, c, ch);
        }
      }
    }
    for (String name : names) {
      attributes.add(new Attribute(name));
    }
    return attributes;
  }

  /**
   * Reads the images of a batch.
   *
   * @param data instances with the input header
   * @return one instance per input instance (same weight) holding its pixels from 0 to 255, no class
   * @throws IOException naming the instance and file when an image is missing or unreadable
   */
  public Instances readPixels(Instances data) throws IOException {
    Instances pixels = new Instances("images", pixelAttributes(), data.numInstances());
    ImageFileReader reader = new ImageFileReader(m_shape);
    for (int i = 0; i < data.numInstances(); i++) {
      Instance instance = data.instance(i);
      if (instance.isMissing(m_fileAttribute)) {
        throw new IOException("Instance " + (i + 1) + " has no image file name in attribute '" + m_fileAttributeName
          + "'.");
      }
      String name = instance.stringValue(m_fileAttribute);
      File file = new File(name);
      if (!file.isAbsolute()) {
        file = new File(m_directory, name);
      }
      try {
        pixels.add(new DenseInstance(instance.weight(), reader.read(file)));
      } catch (IOException e) {
        throw new IOException("Instance " + (i + 1) + " ('" + m_fileAttributeName + "' = " + name + "): "
          + e.getMessage() + " Check -image-directory (" + m_directory.getPath() + ") and the file name.", e);
      }
    }
    return pixels;
  }

  /**
   * Puts the network's values and the kept input attributes together, row by row.
   *
   * @param network per instance: the representation values, then the anomaly attributes when there are any
   * @param representationSize number of representation values
   * @param input the input batch
   * @param format the header from {@link #outputFormat}
   * @return the output batch
   */
  public Instances merge(Instances network, int representationSize, Instances input, Instances format) {
    Instances result = new Instances(format, input.numInstances());
    int scores = network.numAttributes() - representationSize;
    for (int i = 0; i < input.numInstances(); i++) {
      double[] values = new double[format.numAttributes()];
      Instance fromNetwork = network.instance(i);
      for (int k = 0; k < representationSize; k++) {
        values[k] = fromNetwork.value(k);
      }
      int at = representationSize;
      Instance original = input.instance(i);
      for (int a = 0; a < input.numAttributes(); a++) {
        if (a != m_fileAttribute) {
          values[at++] = original.value(a);
        }
      }
      for (int k = 0; k < scores; k++) {
        values[at + k] = fromNetwork.value(representationSize + k);
      }
      result.add(new DenseInstance(original.weight(), values));
    }
    return result;
  }
}
