package weka.autoencoder.variant;

import java.io.Serializable;

import weka.autoencoder.codec.TabularCodec;
import weka.core.Instances;

/** How a variant that reads one row per instance checks its input and fits its codec: as a table, or as pixels. */
public interface TabularInput extends Serializable {

  /** @throws IllegalArgumentException naming the attribute or option to change */
  void check(Instances header);

  /** @return the codec fitted on the training batch, reused for every later batch */
  TabularCodec fit(Instances data);
}
