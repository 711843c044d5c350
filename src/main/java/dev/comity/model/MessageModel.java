package dev.comity.model;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import dev.comity.api.Category;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * The message model: an OpenNLP document categorizer over {@link MessageFeatures} whose outcomes are {@link #NONE} and
 * Comity category ids, plus the {@link Calibration} that turns its probabilities into finding weights. Immutable and
 * thread-safe: the OpenNLP model is shared; a QN model is evaluated by a {@link QnEvaluator}, any other by a {@link
 * DocumentCategorizerME} per thread.
 */
final class MessageModel {
  /** The outcome of a civil message. */
  static final String NONE = "none";
  /** The outcome of an uncivil message whose labels name no category (binary datasets). */
  static final String UNCIVIL = "uncivil";
  /** Where a model trained on binary labels only puts its uncivil probability: it has no category of its own. */
  static final Category BINARY_CATEGORY = Category.INSULT;
  /** Manifest entry OpenNLP stamps with the training time; dropped so that the same training gives the same bytes. */
  private static final String TIMESTAMP = "Timestamp";
  private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  static {
    // OpenNLP instantiates the feature generator named in a model only from packages it was told to trust.
    ExtensionLoader.registerAllowedPackage(MessageFeatures.class.getPackageName());
  }

  private final DoccatModel doccat;
  private final Calibration calibration;
  /** For each category ordinal, its outcome index, or -1 when the model has no such outcome. */
  private final int[] outcome;
  /** Index of {@link #UNCIVIL}, or -1. */
  private final int uncivil;
  /** Whether the model has no category outcome, only {@link #NONE} and {@link #UNCIVIL}. */
  private final boolean binary;
  /**
   * Evaluates the model without OpenNLP's feature strings, when it can: see {@link QnEvaluator}. Built on first use:
   * it takes a noticeable part of start-up, and most runs that read a few messages never get past the gate. Its flat
   * tables copy the parameters (about 20 MB of heap for the shipped model) beside OpenNLP's model, which stays for the
   * per-sentence calls and for models it cannot evaluate.
   */
  private final Supplier<Optional<QnEvaluator>> direct;
  private final ThreadLocal<DocumentCategorizerME> categorizer;

  MessageModel(DoccatModel doccat, Calibration calibration) {
    this.doccat = doccat;
    this.calibration = calibration;
    this.outcome = new int[Category.values().length];
    Arrays.fill(outcome, -1);
    DocumentCategorizerME me = new DocumentCategorizerME(doccat);
    boolean anyCategory = false;
    for (int i = 0; i < me.getNumberOfCategories(); i++) {
      String id = me.getCategory(i);
      if (!id.equals(NONE) && !id.equals(UNCIVIL)) {
        outcome[Category.fromId(id).ordinal()] = i;
        anyCategory = true;
      }
    }
    this.uncivil = me.getIndex(UNCIVIL);
    this.binary = !anyCategory;
    this.direct = Suppliers.memoize(() -> QnEvaluator.of(doccat));
    this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(doccat));
  }

  /**
   * Raw probability per category ordinal (0 for categories the model does not know). The {@link #UNCIVIL}
   * probability is shared among the categories in proportion to their own probabilities (an uncivil message of unknown
   * kind is most likely of the kinds the text resembles); a model trained on binary labels only gives it all to {@link
   * #BINARY_CATEGORY}.
   */
  double[] probabilities(String[] tokens) {
    Optional<QnEvaluator> evaluator = direct.get();
    double[] outcomes =
        evaluator.isPresent() ? evaluator.get().categorize(tokens) : categorizer.get().categorize(tokens);
    double[] p = new double[outcome.length];
    double specific = 0;
    for (int c = 0; c < outcome.length; c++) {
      p[c] = outcome[c] < 0 ? 0.0 : outcomes[outcome[c]];
      specific += p[c];
    }
    if (uncivil >= 0) {
      double generic = outcomes[uncivil];
      if (binary) {
        p[BINARY_CATEGORY.ordinal()] = generic;
      } else if (specific > 0) {
        for (int c = 0; c < p.length; c++) {
          p[c] += generic * p[c] / specific;
        }
      }
    }
    return p;
  }

  /** Whether the model can predict {@code category}. */
  boolean knows(Category category) {
    return outcome[category.ordinal()] >= 0 || binary && uncivil >= 0 && category == BINARY_CATEGORY;
  }

  /** Whether the model has category outcomes (else it was trained on binary labels only). */
  boolean hasCategories() {
    return !binary;
  }

  Calibration calibration() {
    return calibration;
  }

  DoccatModel doccat() {
    return doccat;
  }

  /** The OpenNLP model in a deterministic form: no timestamp, sorted manifest, fixed zip entry times. */
  static byte[] serialize(DoccatModel model) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    model.serialize(raw);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals("manifest.properties")) {
          data = stableManifest(data);
        }
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(ZIP_TIME);
        zip.putNextEntry(copy);
        zip.write(data);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static DoccatModel deserialize(InputStream in) throws IOException {
    return new DoccatModel(in);
  }

  private static byte[] stableManifest(byte[] data) throws IOException {
    Properties p = new Properties();
    p.load(new StringReader(new String(data, StandardCharsets.ISO_8859_1)));
    p.remove(TIMESTAMP);
    StringWriter w = new StringWriter();
    p.store(w, null);
    // store() writes a date comment first and the entries in hash order: drop the comment, sort the entries.
    String[] lines = w.toString().lines().filter(l -> !l.startsWith("#")).sorted().toArray(String[]::new);
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.ISO_8859_1);
  }
}
