package weka.autoencoder.options;

import java.io.File;

import weka.autoencoder.arch.LayerSizes;
import weka.autoencoder.noise.NoiseModel;
import weka.autoencoder.noise.NoiseModels;
import weka.core.Utils;
import weka.core.tokenizers.Tokenizer;

/** The kinds of option value the package's filters and generator take. */
public final class OptionTypes {

  private OptionTypes() {
  }

  /** A whole number, e.g. {@code -epochs 100}. */
  public static final OptionType<Integer> WHOLE = new OptionType<Integer>() {
    @Override
    public Integer parse(String option, String text) {
      try {
        return Integer.parseInt(text.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("-" + option + " needs a whole number, got '" + text + "'.");
      }
    }

    @Override
    public String format(Integer value) {
      return "" + value;
    }
  };

  /** A number, e.g. {@code -learning-rate 0.001}. */
  public static final OptionType<Double> NUMBER = new OptionType<Double>() {
    @Override
    public Double parse(String option, String text) {
      try {
        return Double.parseDouble(text.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("-" + option + " needs a number, got '" + text + "'.");
      }
    }

    @Override
    public String format(Double value) {
      return "" + value;
    }
  };

  /** Free text, trimmed, e.g. a class label or an attribute range. */
  public static final OptionType<String> TEXT = new OptionType<String>() {
    @Override
    public String parse(String option, String text) {
      return text.trim();
    }

    @Override
    public String format(String value) {
      return value;
    }
  };

  /** A switch: present means on. */
  public static final OptionType<Boolean> FLAG = new OptionType<Boolean>() {
    @Override
    public Boolean parse(String option, String text) {
      return Boolean.TRUE;
    }

    @Override
    public String format(Boolean value) {
      return "";
    }

    @Override
    public boolean takesArgument() {
      return false;
    }
  };

  /** A file or folder name. */
  public static final OptionType<File> FILE = new OptionType<File>() {
    @Override
    public File parse(String option, String text) {
      return new File(text);
    }

    @Override
    public String format(File value) {
      return value.getPath();
    }
  };

  /** Comma-separated layer sizes, e.g. {@code -hidden 512,128}; "none" for no hidden layer. */
  public static final OptionType<int[]> LAYER_SIZES = new OptionType<int[]>() {
    @Override
    public int[] parse(String option, String text) {
      try {
        return LayerSizes.parse(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("-" + option + ": " + e.getMessage(), e);
      }
    }

    @Override
    public String format(int[] value) {
      return LayerSizes.format(value);
    }

    @Override
    public int[] copy(int[] value) {
      return value.clone();
    }
  };

  /** A noise model with its options, e.g. {@code -noise "weka.autoencoder.noise.GaussianNoise -stddev 0.2"}. */
  public static final OptionType<NoiseModel> NOISE = new OptionType<NoiseModel>() {
    @Override
    public NoiseModel parse(String option, String text) {
      try {
        return NoiseModels.parse(text);
      } catch (Exception e) {
        throw new IllegalArgumentException("-" + option + " \"" + text + "\": " + e.getMessage(), e);
      }
    }

    @Override
    public String format(NoiseModel value) {
      return NoiseModels.format(value);
    }

    @Override
    public NoiseModel copy(NoiseModel value) {
      return parse("noise", format(value));
    }
  };

  /** A Weka tokenizer with its options, e.g. {@code -tokenizer "weka.core.tokenizers.WordTokenizer"}. */
  public static final OptionType<Tokenizer> TOKENIZER = new OptionType<Tokenizer>() {
    @Override
    public Tokenizer parse(String option, String text) {
      try {
        String[] parts = Utils.splitOptions(text.trim());
        if (parts.length == 0 || parts[0].isEmpty()) {
          throw new IllegalArgumentException("no class name");
        }
        String name = parts[0];
        parts[0] = "";
        return (Tokenizer) Utils.forName(Tokenizer.class, name, parts);
      } catch (Exception e) {
        throw new IllegalArgumentException("-" + option + " \"" + text + "\" is not a Weka tokenizer (use e.g. "
          + "weka.core.tokenizers.WordTokenizer or \"weka.core.tokenizers.CharacterNGramTokenizer -min 1 -max 1\"): "
          + e.getMessage(), e);
      }
    }

    @Override
    public String format(Tokenizer value) {
      return (value.getClass().getName() + " " + Utils.joinOptions(value.getOptions())).trim();
    }

    @Override
    public Tokenizer copy(Tokenizer value) {
      return parse("tokenizer", format(value));
    }
  };
}
