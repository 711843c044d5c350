package dev.comity.lexicon;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * One parsed lexicon file. Immutable.
 *
 * @param file the file as named to the parser ({@code lexicons/...} for bundled files)
 * @param id the lexicon id, e.g. {@code en/insult}; its first segment is the language
 * @param version the content version, e.g. {@code 2026.11.22}
 * @param kind rules or allow
 * @param classes the word classes the file defines
 * @param entries the entries, in file order
 */
public record Lexicon(
    Path file, String id, String version, LexiconKind kind, List<WordClass> classes, List<LexiconEntry> entries) {

  public Lexicon {
    requireNonNull(file, "file");
    requireNonNull(id, "id");
    requireNonNull(version, "version");
    requireNonNull(kind, "kind");
    classes = List.copyOf(classes);
    entries = List.copyOf(entries);
  }

  /** The language: the lexicon id up to its first {@code /}. Classes are shared within a language. */
  public String language() {
    int slash = id.indexOf('/');
    return slash < 0 ? id : id.substring(0, slash);
  }

  /** The rule id of one of this lexicon's entries: {@code <lexicon id>/<entry id>}. */
  public String ruleId(LexiconEntry entry) {
    return id + "/" + entry.id();
  }

  /** {@code id@version}, as echoed in reports. */
  public String versionTag() {
    return id + "@" + version;
  }
}
