package dev.comity.lexicon;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A word class from a {@code @class} directive, used in patterns as {@code <name>}. Classes are shared by every lexicon
 * of the same language (the first segment of the lexicon id). Immutable.
 *
 * @param name lower-case letters and {@code _}
 * @param forms words, and prefixes written {@code word*}, in the order given
 * @param line 1-based line of the directive
 */
public record WordClass(String name, List<String> forms, int line) {
  public WordClass {
    requireNonNull(name, "name");
    forms = List.copyOf(forms);
  }

  List<PatternToken.Form> parsedForms() {
    return forms.stream()
        .map(f -> f.endsWith("*")
            ? new PatternToken.Form(f.substring(0, f.length() - 1), true)
            : new PatternToken.Form(f, false))
        .toList();
  }
}
