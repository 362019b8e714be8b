package weka.autoencoder.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ThreadPolicyTest {

  @Test
  void matrixProductsGetTheRequestedThreadsAndElementwiseOpsOne() {
    ThreadPolicy policy = ThreadPolicy.forRequest(3);
    assertEquals(3, policy.blasThreads());
    assertEquals(1, policy.ompThreads());
  }

  @Test
  void convolutionsGetTheRequestedThreadsInOpenMpAndBlasOne() {
    ThreadPolicy policy = ThreadPolicy.forConvolutions(3);
    assertEquals(3, policy.ompThreads());
    assertEquals(1, policy.blasThreads());
  }

  @Test
  void zeroMeansAllCores() {
    assertEquals(Runtime.getRuntime().availableProcessors(), ThreadPolicy.forRequest(0).blasThreads());
    assertEquals(Runtime.getRuntime().availableProcessors(), ThreadPolicy.forConvolutions(0).ompThreads());
  }
}
