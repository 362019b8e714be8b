package weka.autoencoder.options;

import weka.autoencoder.variational.CodeOutput;
import weka.autoencoder.variational.NumericDistribution;

/** What makes a variational autoencoder (filter and generator): the KL term and the reconstruction distribution. */
public final class VaeOptions {

  private VaeOptions() {
  }

  public static final Setting<Double> KL_WEIGHT = Setting.of("kl-weight", "<beta>", OptionTypes.NUMBER, 1.0)
    .describe("Weight beta of the KL term (1 = the evidence lower bound; above 1 smoother codes, below 1 sharper "
      + "reconstructions).").check(Checks.nonNegative("1 = the standard VAE"))
    .withTip("Weight (beta) of the KL divergence in the loss. 1 trains the standard VAE on the evidence lower bound; "
      + "larger values give smoother, more disentangled codes and blurrier reconstructions, smaller values the "
      + "reverse (0 is a plain autoencoder with noisy codes).");

  public static final Setting<Integer> KL_WARMUP = Setting.of("kl-warmup", "<epochs>", OptionTypes.WHOLE, 10)
    .describe("Epochs over which the KL weight rises from 0 to its value (0 = none).").check(Checks.atLeast(0))
    .withTip("Epochs over which the KL weight rises linearly from 0 to klWeight at the start of training. The "
      + "warm-up lets the code carry information before the KL term pulls it towards the prior, so fewer code "
      + "units end up unused; 0 trains on the full objective from the first step.");

  public static final Setting<NumericDistribution> DISTRIBUTION = Setting.of("distribution",
    "<auto|bernoulli|gaussian>", ChoiceType.of(NumericDistribution.class), NumericDistribution.AUTO)
    .describe("Reconstruction distribution of numeric attributes: auto (Bernoulli for values in [0,1], else "
      + "Gaussian),\nbernoulli or gaussian. Nominal attributes are always categorical.")
    .withTip("Reconstruction distribution of numeric attributes. auto: Bernoulli (cross-entropy) for attributes whose "
      + "training values lie in [0,1], Gaussian with a learnt variance for the others. bernoulli or gaussian: the "
      + "same for all numeric attributes (bernoulli needs values in [0,1] after scaling). Nominal attributes are "
      + "always categorical.");

  public static final Setting<CodeOutput> CODE_OUTPUT = Setting.of("code-output", "<mean|sample|mean-and-variance>",
    ChoiceType.of(CodeOutput.class), CodeOutput.MEAN)
    .describe("Code written with -output code: the posterior mean, a sample, or mean and variance.")
    .withTip("What the code attributes hold with output = code. mean: the posterior mean (deterministic, the usual "
      + "choice for features). sample: one random draw from the posterior (the same for the same instance and "
      + "seed). mean-and-variance: the mean of every code unit followed by its posterior variance (how uncertain "
      + "the code is).");
}
