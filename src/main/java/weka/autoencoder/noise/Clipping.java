package weka.autoencoder.noise;

import weka.autoencoder.codec.ColumnLayout;
import weka.core.SelectedTag;
import weka.core.Tag;

/**
 * Whether additive noise is clipped to the range the numeric training inputs span. Real noisy pixels saturate at
 * black and white, so noise that pushes training inputs outside [0,1] teaches the network inputs it never sees; hence
 * the default clips wherever the inputs are bounded (pixels, attributes min-max scaled to [0,1]) and leaves
 * unbounded (standardized) inputs alone.
 */
public enum Clipping {
  /** Clip when the numeric inputs lie within [0,1] in the network's space (the default). */
  BOUNDED("bounded", "clip where the inputs lie in [0,1] (pixels, min-max scaled; default)"),
  /** Always clip to the training range, also for standardized inputs (-clip). */
  ALWAYS("always", "always clip to the training range (-clip)"),
  /** Never clip (-no-clip). */
  NEVER("never", "never clip (-no-clip)");

  /** The choices for Weka's GUI, in declaration order; each tag's ID is the ordinal. */
  public static final Tag[] TAGS = tags();

  private final String m_name;
  private final String m_description;

  Clipping(String name, String description) {
    m_name = name;
    m_description = description;
  }

  private static Tag[] tags() {
    Clipping[] values = values();
    Tag[] tags = new Tag[values.length];
    for (Clipping c : values) {
      tags[c.ordinal()] = new Tag(c.ordinal(), c.m_name, c.m_description);
    }
    return tags;
  }

  /** @return whether noisy values are clipped to {@code layout}'s numeric range */
  public boolean clips(ColumnLayout layout) {
    return this == ALWAYS || this == BOUNDED && layout.bounded();
  }

  /** @return this choice as the GUI's tag */
  public SelectedTag selectedTag() {
    return new SelectedTag(ordinal(), TAGS);
  }

  /** @return the choice a GUI tag stands for */
  public static Clipping of(SelectedTag tag) {
    return values()[tag.getSelectedTag().getID()];
  }
}
