package weka.autoencoder.variant;

import java.util.Locale;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

import weka.autoencoder.arch.DocumentSummary;
import weka.autoencoder.arch.TextArchitecture;
import weka.autoencoder.codec.TextBatch;
import weka.autoencoder.codec.TextCodec;
import weka.autoencoder.codec.TokenReader;
import weka.autoencoder.codec.Vocabulary;
import weka.autoencoder.filter.TextForm;
import weka.autoencoder.filter.TextOutput;
import weka.autoencoder.filter.TextTransform;
import weka.autoencoder.filter.TokenCorruption;
import weka.autoencoder.log.UserLog;
import weka.autoencoder.model.Model;
import weka.autoencoder.model.TextAutoencoderModel;
import weka.autoencoder.model.TextTrainableNetwork;
import weka.autoencoder.nd4j.FloatMatrices;
import weka.autoencoder.nd4j.Nd4jBoundary;
import weka.autoencoder.options.OptionTypes;
import weka.autoencoder.train.InputCorruption;
import weka.autoencoder.train.ProgressListener;
import weka.autoencoder.train.TrainingHistory;
import weka.autoencoder.train.TrainingLoop;
import weka.core.Instances;
import weka.core.tokenizers.Tokenizer;

/**
 * Text in a string attribute, read as a sequence of tokens, through an embedding and an LSTM sequence-to-sequence
 * network that predicts every token back: one code per document, the rebuilt text, and the mean cross-entropy per
 * token as an anomaly score.
 */
public final class TextVariant implements Variant {

  private static final long serialVersionUID = 1L;

  /** Who the messages of this variant come from. */
  private static final String NAME = "RecurrentAutoencoder";

  private final TextForm m_form;
  private final Tokenizer m_tokenizer;
  private final boolean m_keepCase;
  private final int m_maxTokens;
  private final int m_vocabularySize;
  private final int m_embedding;
  private final int[] m_units;
  private final int m_codeSize;
  private final DocumentSummary m_summary;
  private final double m_bagWeight;
  private final double m_unknownWeight;
  private final TrainingPlan m_training;
  private final OutputPlan m_output;

  /**
   * @param form which string attribute is the text
   * @param tokenizer how documents are cut into tokens (copied)
   * @param keepCase false to lower-case tokens
   * @param maxTokens longest document read
   * @param vocabularySize most distinct tokens kept
   * @param embedding size of each token's vector
   * @param units LSTM sizes of the encoder, outermost first
   * @param codeSize number of code units
   * @param summary how the encoder's states are summed up before the code
   * @param bagWeight weight of the bag-of-words loss (0 = none)
   * @param unknownWeight weight of unknown tokens in the per-step loss
   * @param training how to train
   * @param output what to output
   */
  public TextVariant(TextForm form, Tokenizer tokenizer, boolean keepCase, int maxTokens, int vocabularySize,
    int embedding, int[] units, int codeSize, DocumentSummary summary, double bagWeight, double unknownWeight,
    TrainingPlan training, OutputPlan output) {
    m_form = form;
    m_tokenizer = OptionTypes.TOKENIZER.copy(tokenizer);
    m_keepCase = keepCase;
    m_maxTokens = maxTokens;
    m_vocabularySize = vocabularySize;
    m_embedding = embedding;
    m_units = units.clone();
    m_codeSize = codeSize;
    m_summary = summary;
    m_bagWeight = bagWeight;
    m_unknownWeight = unknownWeight;
    m_training = training;
    m_output = output;
  }

  @Override
  public void checkInput(Instances header) {
    m_form.attributeFor(header);
    if (m_output.scores().perAttribute()) {
      throw new IllegalArgumentException("-error-per-attribute has no per-attribute errors to give for text (the "
        + "document is one attribute): use -error-attribute for the mean cross-entropy per token.");
    }
  }

  @Override
  public Instances outputFormat(Instances input) {
    return output(input).header();
  }

  private TextOutput output(Instances input) {
    return new TextOutput(input, m_form.attributeFor(input), m_output.mode(), m_codeSize, m_output.scores());
  }

  @Override
  public Model train(Instances data, ProgressListener progress) throws Exception {
    int attribute = m_form.attributeFor(data);
    TokenReader reader = new TokenReader(OptionTypes.TOKENIZER.copy(m_tokenizer), m_keepCase, m_maxTokens);
    TextCodec codec = TextCodec.fit(data, attribute, reader, m_vocabularySize);
    TextBatch all = codec.encode(data, 0, data.numInstances());
    TrainingDocuments documents = new TrainingDocuments(all, data);
    if (documents.count() == 0) {
      throw new IllegalArgumentException("No training document has positive weight and a value for '"
        + data.attribute(attribute).name() + "'.");
    }
    report(describe(all, codec, data.attribute(attribute).name()));
    int classes = codec.vocabulary().classes();
    InputCorruption corruption = m_training.noise() == null ? null
      : TokenCorruption.of(m_training.noise(), classes, all.steps());
    TextArchitecture architecture = new TextArchitecture(classes, m_embedding, m_units, m_codeSize,
      m_summary);
    return Nd4jBoundary.call(m_training.threads(), () -> {
      INDArray ids = FloatMatrices.create(documents.ids(), documents.shape());
      INDArray weights = FloatMatrices.create(documents.weights(), documents.shape());
      ComputationGraph graph = architecture.build(m_training.seed(), m_training.learningRate(),
        m_training.weightDecay());
      architecture.startAtFrequencies(graph, documents.ids(), documents.weights());
      TrainingHistory history = new TrainingLoop(m_training.loop(), progress)
        .train(new TextTrainableNetwork(graph, classes, m_bagWeight, m_unknownWeight), ids, weights, corruption);
      return new TextAutoencoderModel(codec, graph, history);
    });
  }

  private String describe(TextBatch batch, TextCodec codec, String attribute) {
    long tokens = 0;
    long unknown = 0;
    for (int i = 0; i < batch.documents(); i++) {
      for (int t = 0; t < batch.lengths()[i] - 1; t++) {
        tokens++;
        unknown += batch.id(i, t) == Vocabulary.UNKNOWN ? 1 : 0;
      }
    }
    String cut = batch.cut() == 0 ? "none cut"
      : batch.cut() + " cut after -max-tokens " + m_maxTokens + " tokens (raise it to read more)";
    return String.format(Locale.ROOT, "text attribute '%s': %d documents, %s; vocabulary of %d tokens, %.1f%% of "
      + "the %d tokens read are outside it (unknown)", attribute, batch.documents(), cut, codec.vocabulary().size(),
      tokens == 0 ? 0 : 100.0 * unknown / tokens, tokens);
  }

  private static void report(String text) {
    UserLog.info(NAME + ": " + text);
  }

  @Override
  public Instances transform(Model model, Instances batch, Instances outputFormat) throws Exception {
    TextAutoencoderModel text = (TextAutoencoderModel) model;
    Instances result = new Instances(outputFormat, batch.numInstances());
    TextTransform transform = new TextTransform(text, output(batch), m_output.mode(), m_output.error());
    int cut = Nd4jBoundary.call(m_training.threads(), () -> transform.apply(batch, result));
    if (cut > 0) {
      report(cut + " of " + batch.numInstances() + " documents filtered were cut after -max-tokens " + m_maxTokens
        + " tokens");
    }
    return result;
  }
}
