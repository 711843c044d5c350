package dev.comity.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import dev.comity.api.Category;
import dev.comity.api.Moderator;
import dev.comity.api.Report;
import dev.comity.bench.Example;
import dev.comity.model.span.SpanTaggerTrainer;
import dev.comity.model.span.SpanTrainingParams;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Trains a model bundle from labeled examples and writes it: what {@code comity train} runs. Deterministic: the same
 * examples in the same order with the same parameters give the same bytes in every file.
 */
public final class ModelTraining {
  /** Our own examples, written for this project where the public sets are thin (frustration, impatience...). */
  public static final String OWN_EXAMPLES = "/dev/comity/model/own-examples.jsonl";
  /** The name under which {@link #ownExamples()} appear in manifests and cards. */
  public static final String OWN_DATASET = "comity-own";

  private ModelTraining() {}

  /**
   * Trains on {@code examples} and writes the bundle into {@code out}.
   *
   * @param sources the {@code dataset:split} names the examples came from, for the manifest and card
   * @param log receives progress and the calibration table
   * @return the lines of the calibration table
   */
  public static List<String> train(List<Example> examples, List<String> sources, MessageTrainingParams params,
      Path out, Consumer<String> log) throws IOException {
    Function<String, double[]> lexicon = lexiconScores();
    Map<String, String> manifest = new TreeMap<>();
    log.accept(String.format(Locale.ROOT, "training the message model on %d examples (%s)", examples.size(),
        params.describe()));
    MessageTrainer.Result result = MessageTrainer.train(examples, params, lexicon);
    result.calibrationReport().forEach(log);
    List<Example> withSpans = examples.stream()
        .filter(e -> e.toxic() && e.spans().isPresent() && !params.outOfDomain().contains(e.dataset()))
        .toList();
    Optional<byte[]> span = Optional.empty();
    if (!withSpans.isEmpty()) {
      log.accept(String.format(Locale.ROOT, "training the span tagger on %d examples with gold spans (%s)",
          withSpans.size(), SpanTrainingParams.defaults()));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      SpanTaggerTrainer.train(withSpans, SpanTrainingParams.defaults()).write(bytes);
      span = Optional.of(bytes.toByteArray());
      manifest.put("span.params", SpanTrainingParams.defaults().toString());
      manifest.put("span.examples", Integer.toString(withSpans.size()));
    }
    String inputs = inputDigest(examples);
    manifest.put("version", inputs.substring(0, 12));
    manifest.put("training.inputs.sha256", inputs);
    manifest.put("training.sources", String.join(",", sources));
    manifest.put("training.examples", Integer.toString(examples.size()));
    manifest.put("training.counts", counts(examples));
    manifest.put("message.params", params.describe());
    manifest.put("message.outcomes", String.join(",", outcomes(result.model())));
    manifest.put("features.fingerprint", ModelManifest.featureFingerprint());
    manifest.put("own-examples.sha256", ModelManifest.sha256(ownExamplesBytes()));
    manifest.put("calibration.lexicon", lexiconVersion());
    manifest.putAll(ModelBundle.fileDigests(result.doccatBytes(), result.model().calibration(), span));
    ModelManifest m = new ModelManifest(manifest);
    ModelBundle.write(out, result.doccatBytes(), result.model().calibration(), span, m,
        ModelCard.render(m, result.calibrationReport()));
    log.accept("wrote " + out);
    return result.calibrationReport();
  }

  /**
   * The examples in {@link #OWN_EXAMPLES}, in file order. The file is in the user JSONL format of {@code
   * benchmarks/DATASETS.md} ({@code id}, {@code text}, {@code toxic}, {@code categories}); it is read from the jar, so
   * that {@code train} can always include it.
   */
  public static List<Example> ownExamples() {
    String text = new String(ownExamplesBytes(), StandardCharsets.UTF_8);
    ObjectMapper json = new ObjectMapper();
    List<Example> out = new ArrayList<>();
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        JsonNode n = json.readTree(lines[i]);
        Set<Category> cats = EnumSet.noneOf(Category.class);
        n.path("categories").forEach(c -> cats.add(Category.fromId(c.asText())));
        String id = n.get("id").asText();
        out.add(new Example(OWN_DATASET, id, n.get("text").asText(), n.get("toxic").asBoolean(), cats,
            Optional.empty(), id));
      } catch (IOException | RuntimeException e) {
        throw new IllegalStateException(OWN_EXAMPLES + ":" + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  static byte[] ownExamplesBytes() {
    try (InputStream in = ModelTraining.class.getResourceAsStream(OWN_EXAMPLES)) {
      if (in == null) {
        throw new IllegalStateException("classpath resource " + OWN_EXAMPLES + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SHA-256 over every example's dataset, id, label, categories and text, in order. */
  static String inputDigest(List<Example> examples) {
    Hasher h = Hashing.sha256().newHasher();
    for (Example e : examples) {
      h.putString(e.dataset(), StandardCharsets.UTF_8).putByte((byte) 0)
          .putString(e.id(), StandardCharsets.UTF_8).putByte((byte) 0)
          .putBoolean(e.toxic())
          .putString(e.categories().stream().sorted().map(Category::id).toList().toString(), StandardCharsets.UTF_8)
          .putString(e.text(), StandardCharsets.UTF_8).putByte((byte) 0);
    }
    return h.hash().toString();
  }

  private static String counts(Collection<Example> examples) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (Example e : examples) {
      int[] c = counts.computeIfAbsent(e.dataset(), k -> new int[2]);
      c[e.toxic() ? 1 : 0]++;
    }
    StringBuilder sb = new StringBuilder();
    counts.forEach((d, c) -> sb.append(sb.length() == 0 ? "" : ", ")
        .append(d).append(' ').append(c[0]).append(" civil/").append(c[1]).append(" uncivil"));
    return sb.toString();
  }

  private static List<String> outcomes(MessageModel model) {
    List<String> out = new ArrayList<>();
    for (Category c : Category.values()) {
      if (model.knows(c)) {
        out.add(c.id());
      }
    }
    return out;
  }

  /** The bundled lexicons alone, the evidence the calibration is fitted against. */
  private static Moderator lexiconOnly() {
    return Moderator.builder().disableScorer(ModelScorer.ID).build();
  }

  private static Function<String, double[]> lexiconScores() {
    Moderator lexicon = lexiconOnly();
    return text -> {
      Report r = lexicon.check(text);
      double[] out = new double[Category.values().length];
      r.categories().forEach((c, s) -> out[c.ordinal()] = s);
      return out;
    };
  }

  private static String lexiconVersion() {
    return lexiconOnly().scorers().stream().map(s -> s.id() + " " + s.version()).toList().toString();
  }
}
