package weka.filters.unsupervised.attribute;

import static weka.autoencoder.options.SequenceOptions.RELATIONAL_ATTRIBUTE;
import static weka.autoencoder.options.SequenceOptions.BIDIRECTIONAL;
import static weka.autoencoder.options.SequenceOptions.LSTM_ONLY;
import static weka.autoencoder.options.SequenceOptions.REVERSE_TARGET;
import static weka.autoencoder.options.SequenceOptions.SEQUENCE_ATTRIBUTES;
import static weka.autoencoder.options.SequenceOptions.SEQUENCE_CHANNELS;
import static weka.autoencoder.options.SequenceOptions.UNITS;
import static weka.autoencoder.options.TextOptions.BAG_OF_WORDS_WEIGHT;
import static weka.autoencoder.options.TextOptions.EMBEDDING_SIZE;
import static weka.autoencoder.options.TextOptions.KEEP_CASE;
import static weka.autoencoder.options.TextOptions.MAX_TOKENS;
import static weka.autoencoder.options.TextOptions.TEXT_ATTRIBUTE;
import static weka.autoencoder.options.TextOptions.TEXT_SUMMARY;
import static weka.autoencoder.options.TextOptions.TOKENIZER;
import static weka.autoencoder.options.TextOptions.UNKNOWN_WEIGHT;
import static weka.autoencoder.options.TextOptions.VOCABULARY_SIZE;

import java.util.ArrayList;
import java.util.List;

import weka.autoencoder.filter.AutoencoderFilter;
import weka.autoencoder.filter.SequenceForm;
import weka.autoencoder.filter.TextForm;
import weka.autoencoder.options.Setting;
import weka.autoencoder.options.SettingList;
import weka.autoencoder.variant.RecurrentVariant;
import weka.autoencoder.variant.SequenceVariant;
import weka.autoencoder.variant.TextVariant;
import weka.autoencoder.variant.Variant;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.RevisionUtils;
import weka.core.SelectedTag;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;
import weka.core.tokenizers.Tokenizer;

/**
 * <!-- globalinfo-start --> An LSTM sequence-to-sequence autoencoder on Deeplearning4j for sequences and time series,
 * held either in a relational attribute (one bag per sequence, rows = time steps) or in ordinary numeric attributes
 * read as consecutive time steps. Outputs a fixed-length code per sequence, the rebuilt sequence, and an anomaly score.
 * <!-- globalinfo-end -->
 */
public class RecurrentAutoencoder extends AutoencoderFilter implements TechnicalInformationHandler {

  private static final long serialVersionUID = 1L;

  public String globalInfo() {
    return "A recurrent (LSTM) autoencoder for sequences, time series and text: an LSTM encoder reads each sequence and "
      + "squeezes it into a fixed number of code units; an LSTM decoder rebuilds the sequence from the code, which "
      + "is repeated at every time step. The network is trained on the first batch of data only; later batches "
      + "(the test set in batch mode, a FilteredClassifier's test instances) are filtered with the same network.\n\n"
      + "Three ways to hold sequences in Weka:\n"
      + "1. A relational attribute (multi-instance format, e.g. bag-id, bag, class): each bag is one sequence, its "
      + "rows are the time steps in order and its attributes the channels (numeric, date, or nominal: one-hot "
      + "coded). Sequences may differ in length; shorter ones are masked, never padded into the loss. The attribute "
      + "is chosen with relationalAttribute (empty: the first relational attribute).\n"
      + "2. Ordinary numeric attributes, e.g. windows of a series as t1, t2, ..., t64: with sequenceChannels = c "
      + "they are read in order as time steps of c values (c = 1: a univariate series, one attribute per step; "
      + "c = 3: x1,y1,z1,x2,y2,z2,...). sequenceAttributes picks which attributes (default: every plain numeric "
      + "attribute except the class). "
      + "Data without a relational or string attribute is read this way with one channel.\n"
      + "3. Text: a string attribute (e.g. Text, class as StringToWordVector takes it), one document per instance, "
      + "cut into tokens by the tokenizer (words by default; CharacterNGramTokenizer with min = max = 1 for "
      + "characters), lower-cased unless keepCase is on, and cut after maxTokens tokens (the number cut is "
      + "reported). The vocabularySize most frequent tokens of the training data are kept, every other token "
      + "(also words first seen in later batches) is read as one unknown token. Each token becomes a learnt vector "
      + "(embeddingSize), the LSTM encoder reads them, the code is computed from the mean of its states over the "
      + "document's tokens (textSummary) and the decoder predicts every token back (softmax over the "
      + "vocabulary, cross-entropy). Text is read when the data has a string attribute (the first one, or "
      + "textAttribute); numeric, nominal and date attributes beside it are kept, a second string attribute must be "
      + "removed first. A missing document gives missing outputs; an empty one is a document of no tokens.\n\n"
      + "Outputs:\n"
      + "- output = code: the sequence is replaced by code_0..code_(k-1): fixed-length features for sequences of "
      + "any length; the other attributes and the class are kept;\n"
      + "- output = reconstruction: the input header with each sequence rebuilt through the code (a relational "
      + "value keeps its own length); missing values come back filled in;\n"
      + "- errorAttribute: appends the reconstruction error, averaged over the time steps: an anomaly score for "
      + "whole sequences (for text: the mean cross-entropy per token, in nats, high for documents unlike the "
      + "training documents).\n"
      + "For text, output = code gives document codes for a classifier (in place of StringToWordVector) and "
      + "output = reconstruction the rebuilt text in the same string attribute (unknown tokens as <unk>). To "
      + "classify the codes with SMO, switch on SMO's buildCalibrationModels: with its defaults SMO outputs hard "
      + "decisions and, when one class is small and overlaps the others, it can put every document in the large "
      + "class.\n\n"
      + "Like every autoencoder filter of this package it can be trained denoising (noise: applied to the channels "
      + "of every time step; for text, MaskingNoise drops tokens and SaltAndPepperNoise replaces them by random "
      + "words) and can write its loss curve (plotDirectory).\n\n"
      + "Windows held in ordinary attributes (all of one length) also get a linear path beside the LSTMs: the "
      + "code layer reads the whole window directly as well, a linear layer rebuilds the whole window from the code, "
      + "and both start from principal component analysis, so the network starts as good as PCA at the same code "
      + "size and the LSTMs learn what a linear map misses; with it, normalize = auto standardises each channel "
      + "(lstmOnly switches the path off; relational sequences, which may differ in length, never have it).\n\n"
      + "Channels are scaled per channel with statistics over all time steps of the training data. reverseTarget "
      + "trains the decoder to emit each sequence back to front, which often speeds up learning. Training shows one "
      + "progress line per epoch on the console and in Weka's log.\n\n"
      + "For more information see:\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    TechnicalInformation info = new TechnicalInformation(TechnicalInformation.Type.INPROCEEDINGS);
    info.setValue(TechnicalInformation.Field.AUTHOR, "N. Srivastava and E. Mansimov and R. Salakhutdinov");
    info.setValue(TechnicalInformation.Field.TITLE, "Unsupervised learning of video representations using LSTMs");
    info.setValue(TechnicalInformation.Field.BOOKTITLE, "Proceedings of the 32nd International Conference on "
      + "Machine Learning");
    info.setValue(TechnicalInformation.Field.PAGES, "843-852");
    info.setValue(TechnicalInformation.Field.YEAR, "2015");
    TechnicalInformation anomaly = info.add(TechnicalInformation.Type.INPROCEEDINGS);
    anomaly.setValue(TechnicalInformation.Field.AUTHOR, "P. Malhotra and A. Ramakrishnan and G. Anand and L. Vig "
      + "and P. Agarwal and G. Shroff");
    anomaly.setValue(TechnicalInformation.Field.TITLE, "LSTM-based encoder-decoder for multi-sensor anomaly "
      + "detection");
    anomaly.setValue(TechnicalInformation.Field.BOOKTITLE, "ICML 2016 Anomaly Detection Workshop");
    anomaly.setValue(TechnicalInformation.Field.YEAR, "2016");
    return info;
  }

  @Override
  protected List<Setting<?>> architectureDeclarations() {
    return SettingList.of(UNITS, RELATIONAL_ATTRIBUTE, SEQUENCE_CHANNELS, SEQUENCE_ATTRIBUTES, REVERSE_TARGET,
      BIDIRECTIONAL, LSTM_ONLY, TEXT_ATTRIBUTE, TOKENIZER, KEEP_CASE, VOCABULARY_SIZE, MAX_TOKENS, EMBEDDING_SIZE,
      TEXT_SUMMARY, BAG_OF_WORDS_WEIGHT, UNKNOWN_WEIGHT);
  }

  /** Sequences and texts are ranked by their reconstruction error: the code-space scores are for row variants. */
  @Override
  protected boolean scoresFromCodes() {
    return false;
  }

  @Override
  protected Variant variant() {
    SequenceForm form = new SequenceForm(getRelationalAttribute(), getSequenceChannels(), getSequenceAttributes());
    SequenceVariant sequences = new SequenceVariant(form, normalization(), get(UNITS), getCodeSize(),
      getReverseTarget(), getBidirectional(), getLstmOnly(), trainingPlan(), outputPlan());
    TextForm text = new TextForm(getTextAttribute());
    TextVariant documents = new TextVariant(text, getTokenizer(), getKeepCase(), getMaxTokens(), getVocabularySize(),
      getEmbeddingSize(), get(UNITS), getCodeSize(), get(TEXT_SUMMARY), getBagOfWordsWeight(), getUnknownWeight(),
      trainingPlan(), outputPlan());
    boolean sequenceChosen = !getRelationalAttribute().isEmpty() || getSequenceChannels() > 0;
    List<String> sequenceOnly = new ArrayList<>();
    if (getReverseTarget()) {
      sequenceOnly.add("-reverse-target");
    }
    if (getBidirectional()) {
      sequenceOnly.add("-bidirectional");
    }
    if (getLstmOnly()) {
      sequenceOnly.add("-lstm-only");
    }
    return new RecurrentVariant(documents, sequences, text.chosen(), sequenceChosen, sequenceOnly);
  }

  @Override
  public Capabilities getCapabilities() {
    Capabilities result = super.getCapabilities();
    result.enable(Capability.RELATIONAL_ATTRIBUTES);
    result.enable(Capability.STRING_ATTRIBUTES);
    return result;
  }

  // ---------------------------------------------------------------- GUI properties: delegates to the declarations

  public String getUnits() { return UNITS.type().format(get(UNITS)); }
  public void setUnits(String value) { set(UNITS, UNITS.type().parse(UNITS.name(), value)); }
  public String unitsTipText() { return tip(UNITS); }

  public String getRelationalAttribute() { return get(RELATIONAL_ATTRIBUTE); }
  public void setRelationalAttribute(String value) { set(RELATIONAL_ATTRIBUTE, value == null ? "" : value.trim()); }
  public String relationalAttributeTipText() { return tip(RELATIONAL_ATTRIBUTE); }

  public int getSequenceChannels() { return get(SEQUENCE_CHANNELS); }
  public void setSequenceChannels(int value) { set(SEQUENCE_CHANNELS, value); }
  public String sequenceChannelsTipText() { return tip(SEQUENCE_CHANNELS); }

  public String getSequenceAttributes() { return get(SEQUENCE_ATTRIBUTES); }
  public void setSequenceAttributes(String value) { set(SEQUENCE_ATTRIBUTES, value == null ? "" : value.trim()); }
  public String sequenceAttributesTipText() { return tip(SEQUENCE_ATTRIBUTES); }

  public boolean getReverseTarget() { return get(REVERSE_TARGET); }
  public void setReverseTarget(boolean value) { set(REVERSE_TARGET, value); }
  public String reverseTargetTipText() { return tip(REVERSE_TARGET); }

  public boolean getBidirectional() { return get(BIDIRECTIONAL); }
  public void setBidirectional(boolean value) { set(BIDIRECTIONAL, value); }
  public String bidirectionalTipText() { return tip(BIDIRECTIONAL); }

  public boolean getLstmOnly() { return get(LSTM_ONLY); }
  public void setLstmOnly(boolean value) { set(LSTM_ONLY, value); }
  public String lstmOnlyTipText() { return tip(LSTM_ONLY); }

  public String getTextAttribute() { return get(TEXT_ATTRIBUTE); }
  public void setTextAttribute(String value) { set(TEXT_ATTRIBUTE, value == null ? "" : value.trim()); }
  public String textAttributeTipText() { return tip(TEXT_ATTRIBUTE); }

  public Tokenizer getTokenizer() { return get(TOKENIZER); }
  public void setTokenizer(Tokenizer value) { set(TOKENIZER, value == null ? TOKENIZER.defaultValue() : value); }
  public String tokenizerTipText() { return tip(TOKENIZER); }

  public boolean getKeepCase() { return get(KEEP_CASE); }
  public void setKeepCase(boolean value) { set(KEEP_CASE, value); }
  public String keepCaseTipText() { return tip(KEEP_CASE); }

  public int getVocabularySize() { return get(VOCABULARY_SIZE); }
  public void setVocabularySize(int value) { set(VOCABULARY_SIZE, value); }
  public String vocabularySizeTipText() { return tip(VOCABULARY_SIZE); }

  public int getMaxTokens() { return get(MAX_TOKENS); }
  public void setMaxTokens(int value) { set(MAX_TOKENS, value); }
  public String maxTokensTipText() { return tip(MAX_TOKENS); }

  public int getEmbeddingSize() { return get(EMBEDDING_SIZE); }
  public void setEmbeddingSize(int value) { set(EMBEDDING_SIZE, value); }
  public String embeddingSizeTipText() { return tip(EMBEDDING_SIZE); }

  public SelectedTag getTextSummary() { return tag(TEXT_SUMMARY); }
  public void setTextSummary(SelectedTag value) { setTag(TEXT_SUMMARY, value); }
  public String textSummaryTipText() { return tip(TEXT_SUMMARY); }

  public double getBagOfWordsWeight() { return get(BAG_OF_WORDS_WEIGHT); }
  public void setBagOfWordsWeight(double value) { set(BAG_OF_WORDS_WEIGHT, value); }
  public String bagOfWordsWeightTipText() { return tip(BAG_OF_WORDS_WEIGHT); }

  public double getUnknownWeight() { return get(UNKNOWN_WEIGHT); }
  public void setUnknownWeight(double value) { set(UNKNOWN_WEIGHT, value); }
  public String unknownWeightTipText() { return tip(UNKNOWN_WEIGHT); }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  /**
   * Runs the filter from the command line, e.g. {@code -i windows.arff -o codes.arff -code-size 16}.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    runFilter(new RecurrentAutoencoder(), args);
  }
}
