package dev.comity.lexicon;

import dev.comity.spi.ScorerConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds and reads lexicon files: bundled ones from the classpath index, others from files and directories. */
final class LexiconSources {
  /** Classpath directory of the bundled lexicons. */
  static final String BUNDLED_DIR = "lexicons";
  /** The bundled index: one path relative to {@link #BUNDLED_DIR} per line, since a jar cannot be listed. */
  static final String INDEX = BUNDLED_DIR + "/index.txt";

  private LexiconSources() {}

  /** A lexicon file's name (as reported in problems) and content. */
  record Source(Path name, String content) {}

  /** The bundled lexicons, in index order, named {@code lexicons/<path>}. */
  static List<Source> bundled(List<LexiconProblem> problems) {
    Path indexName = Path.of(INDEX);
    String index = resource(INDEX);
    if (index == null) {
      problems.add(new LexiconProblem(indexName, 1, 1, "bundled lexicon index not found on the classpath"));
      return List.of();
    }
    List<Source> out = new ArrayList<>();
    for (String entry : bundledIndex(index)) {
      String content = resource(BUNDLED_DIR + "/" + entry);
      if (content == null) {
        problems.add(new LexiconProblem(indexName, 1, 1, "bundled lexicon " + entry + " is listed but missing"));
      } else {
        out.add(new Source(Path.of(BUNDLED_DIR, entry), content));
      }
    }
    return out;
  }

  /** The paths an index lists: non-blank lines that are not {@code #} comments. */
  static List<String> bundledIndex(String index) {
    List<String> out = new ArrayList<>();
    for (String line : LexiconParser.lines(index)) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        out.add(l);
      }
    }
    return out;
  }

  /** The lexicons a scorer configuration names: the bundled ones unless they are off, then its files, parsed. */
  static List<Lexicon> load(ScorerConfig config, List<LexiconProblem> problems) {
    List<Source> sources = new ArrayList<>();
    if (config.bundledLexicons()) {
      sources.addAll(bundled(problems));
    }
    sources.addAll(read(config.lexicons(), problems));
    return parse(sources, problems);
  }

  /**
   * The {@code .lex} files named by {@code filesOrDirs}: files as given, directories searched recursively with their
   * files sorted by path. Unreadable paths become problems.
   */
  static List<Source> read(List<Path> filesOrDirs, List<LexiconProblem> problems) {
    List<Source> out = new ArrayList<>();
    for (Path p : filesOrDirs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> files = Files.walk(p)) {
          List<Path> lex = files.filter(f -> f.toString().endsWith(".lex") && Files.isRegularFile(f)).sorted().toList();
          if (lex.isEmpty()) { // most likely a wrong path, which would otherwise load nothing without a word
            problems.add(new LexiconProblem(p, 1, 1, "no .lex file in this directory or below it"));
          }
          for (Path f : lex) {
            readFile(f, out, problems);
          }
        } catch (IOException | java.io.UncheckedIOException e) {
          problems.add(new LexiconProblem(p, 1, 1, "cannot list directory: " + e.getMessage()));
        }
      } else {
        readFile(p, out, problems);
      }
    }
    return out;
  }

  private static void readFile(Path f, List<Source> out, List<LexiconProblem> problems) {
    try {
      byte[] bytes = Files.readAllBytes(f);
      String content = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
      out.add(new Source(f, content));
    } catch (CharacterCodingException e) {
      problems.add(new LexiconProblem(f, 1, 1, "not valid UTF-8"));
    } catch (IOException e) {
      problems.add(new LexiconProblem(f, 1, 1, "cannot read: " + e.getClass().getSimpleName() + " "
          + e.getMessage()));
    }
  }

  private static String resource(String name) {
    try (InputStream in = LexiconSources.class.getClassLoader().getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }

  /** Parses every source, adding its problems; returns the usable lexicons. */
  static List<Lexicon> parse(List<Source> sources, List<LexiconProblem> problems) {
    List<Lexicon> out = new ArrayList<>();
    for (Source s : sources) {
      LexiconParser.Result r = LexiconParser.parse(s.name(), s.content());
      problems.addAll(r.problems());
      r.lexicon().ifPresent(out::add);
    }
    return out;
  }
}
