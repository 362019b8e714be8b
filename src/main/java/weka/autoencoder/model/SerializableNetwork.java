package weka.autoencoder.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

import weka.autoencoder.nd4j.Nd4jBoundary;

/**
 * A Deeplearning4j network that survives Java serialization, as Weka needs for Explorer copies, saved filters and
 * FilteredClassifier models. The network is written as ModelSerializer bytes (without optimiser state) and rebuilt
 * through the ND4J boundary on reading, so it also loads inside Weka's package class loader.
 */
public final class SerializableNetwork implements Serializable {

  private static final long serialVersionUID = 1L;

  private transient MultiLayerNetwork m_network;

  public SerializableNetwork(MultiLayerNetwork network) {
    m_network = network;
  }

  /** @return the live network */
  public MultiLayerNetwork network() {
    return m_network;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Nd4jBoundary.call(0, () -> {
        ModelSerializer.writeModel(m_network, bytes, false);
        return null;
      });
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("Could not save the network: " + e.getMessage(), e);
    }
    out.writeInt(bytes.size());
    bytes.writeTo(out);
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    try {
      m_network = Nd4jBoundary.call(0,
        () -> ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(bytes), false));
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("Could not load the network: " + e.getMessage(), e);
    }
  }
}
