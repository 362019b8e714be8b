package weka.autoencoder.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class Nd4jBoundaryTest {

  @Test
  void eachCallAppliesItsPolicyAndRestoresThePreviousOne() throws Exception {
    Nd4jBoundary.call(ThreadPolicy.forRequest(1), () -> null);
    ThreadPolicy before = Nd4jBoundary.applied();
    int[] seen = Nd4jBoundary.call(ThreadPolicy.forRequest(2), () -> {
      int inner = Nd4jBoundary.call(ThreadPolicy.forConvolutions(2), () -> Nd4j.factory().blas().getMaxThreads());
      return new int[] {inner, Nd4j.factory().blas().getMaxThreads()};
    });
    assertEquals(1, seen[0], "a convolutional call gives BLAS one thread");
    assertEquals(2, seen[1], "the enclosing call's policy is back after the inner call");
    assertEquals(Nd4jBoundary.applied().blasThreads(), Nd4j.factory().blas().getMaxThreads());
    assertSame(before, Nd4jBoundary.applied(), "after the calls the policy is what it was before them");
  }

  @Test
  void loadingKeepsTheThreadsAsTheyAre() throws Exception {
    // Loading inside a one-thread run (as a saved filter is read while another trains) keeps that one thread.
    int whileLoading = Nd4jBoundary.call(ThreadPolicy.forRequest(1),
      () -> Nd4jBoundary.callKeepingThreads(() -> Nd4jBoundary.applied().blasThreads()));
    assertEquals(1, whileLoading, "reading a model does not reset the policy to all cores");
  }
}
