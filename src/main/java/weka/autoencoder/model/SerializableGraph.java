package weka.autoencoder.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;

import weka.autoencoder.nd4j.Nd4jBoundary;

/**
 * A Deeplearning4j computation graph that survives Java serialization (Explorer copies, saved filters,
 * FilteredClassifier models): the graph is written as ModelSerializer bytes without optimiser state and rebuilt
 * through the ND4J boundary, so it also loads inside Weka's package class loader. The graph counterpart of
 * {@link SerializableNetwork}.
 */
public final class SerializableGraph implements Serializable {

  private static final long serialVersionUID = 1L;

  private transient ComputationGraph m_graph;

  public SerializableGraph(ComputationGraph graph) {
    m_graph = graph;
  }

  /** @return the live graph */
  public ComputationGraph graph() {
    return m_graph;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Nd4jBoundary.call(0, () -> {
        ModelSerializer.writeModel(m_graph, bytes, false);
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
      m_graph = Nd4jBoundary.call(0,
        () -> ModelSerializer.restoreComputationGraph(new ByteArrayInputStream(bytes), false));
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("Could not load the network: " + e.getMessage(), e);
    }
  }
}
