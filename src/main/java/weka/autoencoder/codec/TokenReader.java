package weka.autoencoder.codec;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import weka.core.tokenizers.CharacterNGramTokenizer;
import weka.core.tokenizers.Tokenizer;

/**
 * Cuts a document into the tokens the network reads: Weka's tokenizer, then lower-casing unless case is kept, then
 * at most a given number of tokens (the rest of a long document is dropped). Holds its own tokenizer, which keeps
 * state between calls, so one reader must not be shared between threads.
 */
public final class TokenReader implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Tokenizer m_tokenizer;
  private final boolean m_keepCase;
  private final int m_maxTokens;

  /**
   * @param tokenizer Weka's tokenizer (used as it is; pass a copy when the caller keeps using it)
   * @param keepCase false to lower-case every token
   * @param maxTokens the longest document read, in tokens (at least 1)
   */
  public TokenReader(Tokenizer tokenizer, boolean keepCase, int maxTokens) {
    if (maxTokens < 1) {
      throw new IllegalArgumentException("-max-tokens must be at least 1, got " + maxTokens + ".");
    }
    m_tokenizer = tokenizer;
    m_keepCase = keepCase;
    m_maxTokens = maxTokens;
  }

  /**
   * @param document the text
   * @return its tokens, all of them (never cut), lower-cased unless case is kept; empty tokens are skipped
   */
  public List<String> allTokens(String document) {
    List<String> tokens = new ArrayList<>();
    m_tokenizer.tokenize(document);
    while (m_tokenizer.hasMoreElements()) {
      String token = m_tokenizer.nextElement();
      if (token != null && !token.isEmpty()) {
        tokens.add(m_keepCase ? token : token.toLowerCase(Locale.ROOT));
      }
    }
    return tokens;
  }

  /** @return the tokens the network reads: at most {@link #maxTokens()} of {@link #allTokens} */
  public List<String> tokens(String document) {
    List<String> tokens = allTokens(document);
    return tokens.size() > m_maxTokens ? new ArrayList<>(tokens.subList(0, m_maxTokens)) : tokens;
  }

  public int maxTokens() {
    return m_maxTokens;
  }

  /**
   * @return what goes between rebuilt tokens: nothing for single characters (a character tokenizer keeps the
   *         spaces as tokens of their own), a space for words
   */
  public String separator() {
    return m_tokenizer instanceof CharacterNGramTokenizer ? "" : " ";
  }
}
