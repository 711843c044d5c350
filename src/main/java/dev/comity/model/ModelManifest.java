package dev.comity.model;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a model bundle was trained from and with, as sorted {@code key=value} lines: the digest of the training inputs,
 * the training parameters, the digest of each model file, and the fingerprint of the feature extractor. A test
 * recomputes the fingerprint (and the digest of our own examples, shipped in the jar) with the current code and
 * compares, so that changing how text becomes features without retraining the shipped model fails the build.
 * Immutable.
 */
final class ModelManifest {
  /** Texts, written by us, on which {@link #featureFingerprint()} runs the feature extractor. */
  static final String PROBES = "/dev/comity/model/probes.txt";

  private final Map<String, String> entries;

  ModelManifest(Map<String, String> entries) {
    this.entries = new TreeMap<>(entries);
  }

  String get(String key) {
    String v = entries.get(key);
    if (v == null) {
      throw new IllegalStateException("model manifest has no '" + key + "'");
    }
    return v;
  }

  Map<String, String> entries() {
    return new TreeMap<>(entries);
  }

  /** The version reports echo for the model scorer. */
  String version() {
    return get("version");
  }

  String format() {
    StringBuilder sb = new StringBuilder();
    entries.forEach((k, v) -> sb.append(k).append('=').append(v.replace("\n", " ")).append('\n'));
    return sb.toString();
  }

  static ModelManifest parse(String text, String source) {
    Map<String, String> entries = new TreeMap<>();
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      int eq = lines[i].indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(source + ":" + (i + 1) + ":1: expected key=value");
      }
      entries.put(lines[i].substring(0, eq), lines[i].substring(eq + 1));
    }
    return new ModelManifest(entries);
  }

  /**
   * SHA-256 over the features the current code extracts from every probe text (one per line of {@link #PROBES}),
   * sentence by sentence: segmentation, normalization, tokenization and feature generation all count.
   */
  static String featureFingerprint() {
    Hasher h = Hashing.sha256().newHasher();
    MessageFeatures features = new MessageFeatures();
    for (String probe : probes().split("\n")) {
      String text = probe.replace("\\n", "\n");
      for (String f : features.extractFeatures(MessageTrainer.tokens(text), Map.of())) {
        h.putString(f, StandardCharsets.UTF_8).putByte((byte) 0);
      }
      h.putByte((byte) 1);
    }
    return h.hash().toString();
  }

  private static String probes() {
    try (InputStream in = ModelManifest.class.getResourceAsStream(PROBES)) {
      if (in == null) {
        throw new IllegalStateException("classpath resource " + PROBES + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(byte[] bytes) {
    return Hashing.sha256().hashBytes(bytes).toString();
  }
}
