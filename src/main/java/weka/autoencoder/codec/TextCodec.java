package weka.autoencoder.codec;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import weka.core.Instance;
import weka.core.Instances;

/**
 * One string attribute <-> token numbers: the token reader and the vocabulary fitted on the training documents,
 * reused for every later batch (a word first seen there is read as the unknown token). Decodes the network's
 * predicted numbers back into text.
 */
public final class TextCodec implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int m_attribute;
  private final TokenReader m_reader;
  private final Vocabulary m_vocabulary;

  private TextCodec(int attribute, TokenReader reader, Vocabulary vocabulary) {
    m_attribute = attribute;
    m_reader = reader;
    m_vocabulary = vocabulary;
  }

  /**
   * @param data the training documents
   * @param attribute index of the string attribute
   * @param reader how documents become tokens
   * @param vocabularySize most tokens to keep
   * @return the fitted codec
   * @throws IllegalArgumentException naming the attribute when no training document has a single token
   */
  public static TextCodec fit(Instances data, int attribute, TokenReader reader, int vocabularySize) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < data.numInstances(); i++) {
      Instance row = data.instance(i);
      if (!row.isMissing(attribute)) {
        for (String token : reader.tokens(row.stringValue(attribute))) {
          counts.merge(token, 1, Integer::sum);
        }
      }
    }
    if (counts.isEmpty()) {
      throw new IllegalArgumentException("No document of the text attribute '" + data.attribute(attribute).name()
        + "' has a single token (all " + data.numInstances() + " are empty or missing, or the tokenizer finds "
        + "nothing in them): there is nothing to learn. Check -text-attribute and -tokenizer.");
    }
    return new TextCodec(attribute, reader, Vocabulary.fit(counts, vocabularySize));
  }

  /** @return the index of the text attribute */
  public int attribute() {
    return m_attribute;
  }

  public Vocabulary vocabulary() {
    return m_vocabulary;
  }

  public TokenReader reader() {
    return m_reader;
  }

  /**
   * @param data documents with the training header
   * @param from first instance
   * @param to one past the last instance
   * @return the documents as token numbers, padded to the longest of them
   */
  public TextBatch encode(Instances data, int from, int to) {
    int n = to - from;
    List<int[]> documents = new ArrayList<>(n);
    boolean[] missing = new boolean[n];
    int cut = 0;
    int steps = 1;
    for (int i = 0; i < n; i++) {
      Instance row = data.instance(from + i);
      missing[i] = row.isMissing(m_attribute);
      List<String> tokens = new ArrayList<>();
      if (!missing[i]) {
        List<String> all = m_reader.allTokens(row.stringValue(m_attribute));
        if (all.size() > m_reader.maxTokens()) {
          cut++;
          tokens = all.subList(0, m_reader.maxTokens());
        } else {
          tokens = all;
        }
      }
      int[] ids = new int[tokens.size() + 1];
      for (int t = 0; t < tokens.size(); t++) {
        ids[t] = m_vocabulary.id(tokens.get(t));
      }
      ids[tokens.size()] = Vocabulary.END;
      documents.add(ids);
      steps = Math.max(steps, ids.length);
    }
    float[] values = new float[n * steps];
    float[] mask = new float[n * steps];
    int[] lengths = new int[n];
    for (int i = 0; i < n; i++) {
      int[] ids = documents.get(i);
      lengths[i] = ids.length;
      for (int t = 0; t < ids.length; t++) {
        values[i * steps + t] = ids[t];
        mask[i * steps + t] = 1f;
      }
    }
    return new TextBatch(values, mask, lengths, missing, steps, cut);
  }

  /**
   * @param ids predicted token numbers of one document, one per step
   * @param length the document's number of steps (its end token included)
   * @return the rebuilt text: the tokens before the last step, joined as the tokenizer suggests
   */
  public String decode(int[] ids, int length) {
    StringBuilder text = new StringBuilder();
    String separator = m_reader.separator();
    for (int t = 0; t < length - 1; t++) {
      String token = m_vocabulary.token(ids[t]);
      if (token.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append(separator);
      }
      text.append(token);
    }
    return text.toString();
  }
}
