package dev.comity.model;

import com.google.common.base.Throwables;
import dev.comity.api.ConfigurationException;
import dev.comity.model.span.SpanTaggerModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import opennlp.tools.doccat.DoccatModel;

/**
 * The models one {@link ModelScorer} uses, as written by {@code comity train}: a directory (or, for the shipped
 * models, the classpath folder {@code /models/}) holding
 *
 * <ul>
 *   <li>{@code message.bin}: the OpenNLP document categorizer, in deterministic form;
 *   <li>{@code calibration.txt}: the {@link Calibration}, one {@code category a b} line per category;
 *   <li>{@code span.bin}: the span tagger ({@link SpanTaggerModel}), when the training data had gold spans;
 *   <li>{@code manifest.properties}: the {@link ModelManifest} (training inputs digest, parameters, feature
 *       fingerprint, a digest of each model file);
 *   <li>{@code MODEL-CARD.md}: data and licenses, label mapping, features, parameters and metrics, for people.
 * </ul>
 *
 * Immutable and thread-safe.
 */
final class ModelBundle {
  static final String MESSAGE = "message.bin";
  static final String CALIBRATION = "calibration.txt";
  static final String SPAN = "span.bin";
  static final String MANIFEST = "manifest.properties";
  static final String CARD = "MODEL-CARD.md";
  /** Where the shipped bundle lives on the classpath. */
  static final String RESOURCE_FOLDER = "/models/";

  private final MessageModel message;
  private final Optional<SpanTaggerModel> span;
  private final ModelManifest manifest;

  ModelBundle(MessageModel message, Optional<SpanTaggerModel> span, ModelManifest manifest) {
    this.message = message;
    this.span = span;
    this.manifest = manifest;
  }

  MessageModel message() {
    return message;
  }

  /** The span tagger, absent when the bundle was trained on data without gold spans. */
  Optional<SpanTaggerModel> span() {
    return span;
  }

  ModelManifest manifest() {
    return manifest;
  }

  /** The bundle shipped in the jar, read once per JVM: it is immutable, so every moderator shares it. */
  static ModelBundle bundled() {
    return Shipped.BUNDLE;
  }

  private static final class Shipped {
    static final ModelBundle BUNDLE = readShipped();
  }

  private static ModelBundle readShipped() {
    try {
      return read(name -> {
        InputStream in = ModelBundle.class.getResourceAsStream(RESOURCE_FOLDER + name);
        if (in == null) {
          throw new NoSuchFileException("classpath:" + RESOURCE_FOLDER + name);
        }
        return in;
      }, "classpath:" + RESOURCE_FOLDER);
    } catch (IOException e) {
      throw new UncheckedIOException("the models shipped in the jar cannot be read", e);
    }
  }

  /**
   * The bundle in {@code dir}, after checking each model file against the digest its manifest recorded and the
   * manifest's feature fingerprint against this version's feature extractor: a file changed after training, or models
   * trained by a version that turns text into other features, would score without an error but wrongly.
   *
   * @throws ConfigurationException listing every file that is missing, unreadable, changed or from another version
   */
  static ModelBundle read(Path dir) {
    List<String> problems = check(dir);
    if (!problems.isEmpty()) {
      throw new ConfigurationException(problems);
    }
    try {
      return read(name -> Files.newInputStream(dir.resolve(name)), dir + "/");
    } catch (IOException | RuntimeException e) {
      throw new ConfigurationException(List.of(dir + ": not a model directory written by 'comity train': " + e));
    }
  }

  private static List<String> check(Path dir) {
    Path manifestFile = dir.resolve(MANIFEST);
    ModelManifest m;
    try {
      m = ModelManifest.parse(Files.readString(manifestFile), manifestFile.toString());
    } catch (IOException | RuntimeException e) {
      return List.of(dir + ": not a model directory written by 'comity train': " + e);
    }
    Map<String, String> entries = m.entries();
    List<String> problems = new ArrayList<>();
    for (String name : List.of(MESSAGE, CALIBRATION, SPAN)) {
      String recorded = entries.get("sha256." + name);
      if (recorded == null) {
        if (!name.equals(SPAN)) { // a bundle without gold spans in its training data has no tagger
          problems.add(manifestFile + ": no sha256." + name + " entry");
        }
        continue;
      }
      Path file = dir.resolve(name);
      try {
        if (!ModelManifest.sha256(Files.readAllBytes(file)).equals(recorded)) {
          problems.add(file + ": not the file 'comity train' wrote (its SHA-256 differs from " + MANIFEST
              + "); restore it or train again");
        }
      } catch (NoSuchFileException e) {
        problems.add(file + ": missing, though " + MANIFEST + " lists it");
      } catch (IOException e) {
        problems.add(file + ": cannot be read: " + e);
      }
    }
    String fingerprint = entries.get("features.fingerprint");
    if (fingerprint == null) {
      problems.add(manifestFile + ": no features.fingerprint entry");
    } else if (!fingerprint.equals(ModelManifest.featureFingerprint())) {
      problems.add(manifestFile + ": trained by a Comity version that extracts other features from text;"
          + " train the models again with this version's 'comity train'");
    }
    return problems;
  }

  private interface Opener {
    /** @throws NoSuchFileException when there is no such file */
    InputStream open(String name) throws IOException;
  }

  /**
   * Reads the bundle; the span tagger on a thread of its own while this one reads the message model, as the two take
   * about the same time to load and do not depend on each other.
   */
  private static ModelBundle read(Opener files, String where) throws IOException {
    ModelManifest m;
    try (InputStream in = files.open(MANIFEST)) {
      m = ModelManifest.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), where + MANIFEST);
    }
    FutureTask<SpanTaggerModel> span = null;
    if (m.entries().containsKey("sha256." + SPAN)) {
      span = new FutureTask<>(() -> {
        try (InputStream in = files.open(SPAN)) {
          return SpanTaggerModel.read(in);
        } catch (NoSuchFileException e) {
          throw e;
        } catch (IOException | RuntimeException e) {
          throw new IOException(where + SPAN + ": " + e.getMessage(), e);
        }
      });
      Thread t = new Thread(span, "comity-load-span-model");
      t.setDaemon(true);
      t.start();
    }
    byte[] message;
    String calibration;
    try (InputStream in = files.open(MESSAGE)) {
      message = in.readAllBytes();
    }
    try (InputStream in = files.open(CALIBRATION)) {
      calibration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    DoccatModel doccat;
    try {
      doccat = MessageModel.deserialize(new ByteArrayInputStream(message));
    } catch (IOException | RuntimeException e) {
      throw new IOException(where + MESSAGE + ": " + e.getMessage(), e);
    }
    MessageModel model = new MessageModel(doccat, Calibration.read(calibration, where + CALIBRATION));
    return new ModelBundle(model, span == null ? Optional.empty() : Optional.of(result(span)), m);
  }

  /** What {@code task} returned, its exception rethrown as if it had run on this thread. */
  private static <T> T result(FutureTask<T> task) throws IOException {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true; // finish loading, then let the caller see the interrupt
        }
      }
    } catch (ExecutionException e) {
      Throwables.throwIfInstanceOf(e.getCause(), IOException.class);
      Throwables.throwIfUnchecked(e.getCause());
      throw new IllegalStateException(e.getCause());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Writes the files of a bundle into {@code dir}, creating it. */
  static void write(Path dir, byte[] message, Calibration calibration, Optional<byte[]> span, ModelManifest manifest,
      String card) throws IOException {
    Files.createDirectories(dir);
    Files.write(dir.resolve(MESSAGE), message);
    Files.deleteIfExists(dir.resolve(SPAN));
    if (span.isPresent()) {
      Files.write(dir.resolve(SPAN), span.get());
    }
    Files.writeString(dir.resolve(CALIBRATION), calibration.write(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(MANIFEST), manifest.format(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(CARD), card, StandardCharsets.UTF_8);
  }

  /** Entries for {@link ModelManifest}: the digest of each model file's bytes. */
  static Map<String, String> fileDigests(byte[] message, Calibration calibration, Optional<byte[]> span) {
    Map<String, String> out = new TreeMap<>();
    out.put("sha256." + MESSAGE, ModelManifest.sha256(message));
    out.put("sha256." + CALIBRATION, ModelManifest.sha256(calibration.write().getBytes(StandardCharsets.UTF_8)));
    span.ifPresent(bytes -> out.put("sha256." + SPAN, ModelManifest.sha256(bytes)));
    return out;
  }
}
