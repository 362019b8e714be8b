package weka.autoencoder.variant;

import weka.autoencoder.codec.TabularCodec;
import weka.autoencoder.model.TrainedAutoencoder;
import weka.autoencoder.nd4j.ThreadPolicy;
import weka.autoencoder.train.ProgressListener;
import weka.autoencoder.variational.VaeSettings;
import weka.autoencoder.variational.VaeTrainer;
import weka.core.Instances;

/** A variational autoencoder: Gaussian codes, a reconstruction distribution per attribute, trained on the ELBO. */
public final class VariationalNetwork implements TabularNetwork {

  private static final long serialVersionUID = 1L;

  private final VaeSettings m_settings;

  public VariationalNetwork(VaeSettings settings) {
    m_settings = settings;
  }

  @Override
  public TrainedAutoencoder train(Instances data, TabularCodec codec, TrainingPlan plan, ProgressListener progress)
    throws Exception {
    return VaeTrainer.train(data, codec, null, m_settings, plan.loop(), plan.threads(), progress,
      RowCorruption.of(plan.noise(), codec, codec.encode(data)));
  }

  @Override
  public ThreadPolicy threadPolicy(int threads) {
    return ThreadPolicy.forRequest(threads);
  }
}
