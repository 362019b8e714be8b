import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * Two Deeplearning4j/ND4J versions in one JVM, each in its own isolated class loader, the way Weka loads two
 * packages' lib/ folders: starts ND4J (a 2x2 matrix product) from each folder given, in order, and reports what
 * happened. Used by run-two-dl4j.sh to decide whether autoencoders must preclude wekaDeeplearning4j.
 */
public class TwoNd4jVersions {

  public static void main(String[] folders) throws Exception {
    for (String folder : folders) {
      List<URL> jars = new ArrayList<>();
      for (File jar : new File(folder).listFiles((dir, name) -> name.endsWith(".jar"))) {
        jars.add(jar.toURI().toURL());
      }
      ClassLoader isolated = new URLClassLoader(jars.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
      Thread.currentThread().setContextClassLoader(isolated);
      try {
        Class<?> nd4j = Class.forName("org.nd4j.linalg.factory.Nd4j", true, isolated);
        Class<?> array = Class.forName("org.nd4j.linalg.api.ndarray.INDArray", true, isolated);
        Object ones = nd4j.getMethod("ones", int[].class).invoke(null, (Object) new int[] {2, 2});
        Object product = array.getMethod("mmul", array).invoke(ones, ones);
        System.out.println(folder + ": ND4J started, ones(2,2) x ones(2,2) = "
          + product.toString().replaceAll("\\s+", " "));
      } catch (Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
          root = root.getCause();
        }
        System.out.println(folder + ": ND4J FAILED: " + root);
      }
    }
  }
}
