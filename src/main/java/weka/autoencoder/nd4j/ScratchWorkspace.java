package weka.autoencoder.nd4j;

import java.util.function.DoubleSupplier;

import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.MemoryWorkspaceManager;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.ResetPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Runs one step of hand-written ND4J code (a training step, a loss on a chunk of rows) with its temporary arrays
 * in a reused block of native memory instead of fresh allocations.
 *
 * <p>Fresh ND4J arrays are freed only after Java's garbage collector notices them, and training allocates little Java
 * heap between collections: the variational autoencoder's MNIST training grew to 2.5 GB of native memory this way.
 * Deeplearning4j's own layers use workspaces for the same reason. Only a number leaves the step, so no array that
 * lives in the reused memory can be used after it is overwritten.
 */
public final class ScratchWorkspace {

  private static final WorkspaceConfiguration CONFIGURATION = WorkspaceConfiguration.builder()
    .initialSize(0)
    .overallocationLimit(0.2)
    .policyAllocation(AllocationPolicy.OVERALLOCATE)
    .policyLearning(LearningPolicy.FIRST_LOOP)
    .policyReset(ResetPolicy.BLOCK_LEFT)
    .policySpill(SpillPolicy.REALLOCATE)
    .build();

  private ScratchWorkspace() {
  }

  /**
   * @param name the workspace's name; steps of different sizes (training, evaluation) should use different names
   * @param step the work; arrays it creates are valid only during the call, so it must return a plain number
   * @return what the step returned
   */
  public static double compute(String name, DoubleSupplier step) {
    try (MemoryWorkspace workspace = Nd4j.getWorkspaceManager().getAndActivateWorkspace(CONFIGURATION, name)) {
      return step.getAsDouble();
    }
  }

  /**
   * Gives the named workspace's memory back now: a workspace belongs to its thread and would otherwise keep its
   * block (tens of MB for a held-out chunk) until the thread ends.
   *
   * @param name the workspace's name, as given to {@link #compute}
   */
  public static void release(String name) {
    MemoryWorkspaceManager manager = Nd4j.getWorkspaceManager();
    if (manager.checkIfWorkspaceExists(name)) {
      manager.destroyWorkspace(manager.getWorkspaceForCurrentThread(name));
    }
  }
}
