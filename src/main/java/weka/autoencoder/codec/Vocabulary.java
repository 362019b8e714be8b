package weka.autoencoder.codec;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tokens the network knows, by number: {@link #UNKNOWN} for every token outside it, {@link #END} closing each
 * document (so an empty document is still one step long and the decoder learns where text ends), then the most
 * frequent training tokens, most frequent first (ties in alphabetical order, so the same data gives the same
 * numbering).
 */
public final class Vocabulary implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Number of every token the vocabulary does not hold. */
  public static final int UNKNOWN = 0;

  /** Number of the end-of-document token. */
  public static final int END = 1;

  /** How an unknown token is written in rebuilt text. */
  public static final String UNKNOWN_TEXT = "<unk>";

  private final List<String> m_tokens;
  private final Map<String, Integer> m_ids = new HashMap<>();

  private Vocabulary(List<String> tokens) {
    m_tokens = new ArrayList<>(tokens);
    for (int i = 0; i < m_tokens.size(); i++) {
      m_ids.put(m_tokens.get(i), i + 2);
    }
  }

  /**
   * @param counts how often each token occurs in the training documents
   * @param size the most tokens to keep (at least 1)
   * @return the {@code size} most frequent tokens (fewer when there are fewer distinct tokens)
   */
  public static Vocabulary fit(Map<String, Integer> counts, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("-vocabulary-size must be at least 1, got " + size + ".");
    }
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
      : Integer.compare(b.getValue(), a.getValue()));
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < Math.min(size, entries.size()); i++) {
      kept.add(entries.get(i).getKey());
    }
    return new Vocabulary(kept);
  }

  /** @return the token's number, or {@link #UNKNOWN} */
  public int id(String token) {
    Integer id = m_ids.get(token);
    return id == null ? UNKNOWN : id;
  }

  /** @return the token written for a number: the token, {@link #UNKNOWN_TEXT}, or "" for {@link #END} */
  public String token(int id) {
    if (id == END) {
      return "";
    }
    return id >= 2 && id - 2 < m_tokens.size() ? m_tokens.get(id - 2) : UNKNOWN_TEXT;
  }

  /** @return the number of network classes: the kept tokens, the unknown token and the end token */
  public int classes() {
    return m_tokens.size() + 2;
  }

  /** @return the number of kept tokens */
  public int size() {
    return m_tokens.size();
  }
}
