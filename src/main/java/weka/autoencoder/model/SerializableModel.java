package weka.autoencoder.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;

import weka.autoencoder.nd4j.Nd4jBoundary;

/**
 * A Deeplearning4j network (a MultiLayerNetwork or a ComputationGraph) that survives Java serialization, as Weka
 * needs for Explorer copies, saved filters and FilteredClassifier models. The network is written as ModelSerializer
 * bytes (without optimiser state) and rebuilt through the ND4J boundary on reading, so it also loads inside Weka's
 * package class loader.
 *
 * @param <T> the kind of network
 */
public final class SerializableModel<T extends Model> implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Which ModelSerializer reader rebuilds the network. */
  private final boolean m_graph;
  private transient T m_model;

  public SerializableModel(T model) {
    m_model = model;
    m_graph = model instanceof ComputationGraph;
  }

  /** @return the live network */
  public T model() {
    return m_model;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Nd4jBoundary.callKeepingThreads(() -> {
        ModelSerializer.writeModel(m_model, bytes, false);
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

  /** Reads the network back; any failure, a damaged length included, becomes {@link DamagedModel}'s message. */
  @SuppressWarnings("unchecked")
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    try {
      in.defaultReadObject();
      int length = in.readInt();
      if (length <= 0) {
        throw new java.io.StreamCorruptedException("network size " + length);
      }
      byte[] bytes = new byte[length];
      in.readFully(bytes);
      m_model = (T) Nd4jBoundary.callKeepingThreads(() -> m_graph
        ? ModelSerializer.restoreComputationGraph(new ByteArrayInputStream(bytes), false)
        : ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(bytes), false));
    } catch (Exception | OutOfMemoryError e) {
      throw DamagedModel.because(e);
    }
  }
}
