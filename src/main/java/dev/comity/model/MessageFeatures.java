package dev.comity.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * The message model's features: every word ({@code w=}) and every pair of adjacent words within a sentence
 * ({@code b=}), over {@link ProseTokens} of the normalized prose. Training and scoring both call {@link #extractFeatures} (through OpenNLP), so
 * they cannot drift apart; {@link ModelManifest} fingerprints its output on probe texts so that a change here without
 * retraining the shipped model fails a test.
 *
 * <p>OpenNLP's doccat training instantiates this class by name (it is recorded in the model), so it is public with a
 * no-argument constructor. The tokens it receives are {@link ProseTokens#words} with a marker {@link #BREAK} before
 * each token that starts a sentence ({@link #tokens}).
 */
public final class MessageFeatures implements FeatureGenerator {
  /** Token marking a sentence boundary in the token arrays handed to OpenNLP. */
  static final String BREAK = "\n";

  /** Prefix of a word feature. */
  static final String WORD = "w=";
  /** Prefix of a word-pair feature. */
  static final String PAIR = "b=";

  /** For OpenNLP's extension loader. */
  public MessageFeatures() {}

  @Override
  public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
    List<String> out = new ArrayList<>(text.length * 2);
    String previous = null;
    for (String t : text) {
      if (t.equals(BREAK)) {
        previous = null;
        continue;
      }
      out.add(WORD + t);
      if (previous != null) {
        out.add(PAIR + previous + ' ' + t);
      }
      previous = t;
    }
    return out;
  }

  /** The token array OpenNLP sees for tokens {@code [from, to)}: words with {@link #BREAK} markers. */
  static String[] tokens(ProseTokens tokens, int from, int to) {
    List<String> out = new ArrayList<>(to - from + 8);
    for (int i = from; i < to; i++) {
      if (i > from && tokens.breakBefore[i]) {
        out.add(BREAK);
      }
      out.add(tokens.words[i]);
    }
    return out.toArray(String[]::new);
  }
}
