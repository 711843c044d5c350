package dev.comity.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lexicons loaded together: classes resolved per language, cross-file problems found, and every pattern compiled into
 * one {@link Automaton}. Immutable and thread-safe once built.
 */
final class CompiledLexicons {
  /** Outcome roles; an outcome id is {@code entryIndex * ROLES + role}. */
  static final int MATCH = 0;
  static final int UNLESS_BEFORE = 1;
  static final int UNLESS_AFTER = 2;
  static final int ROLES = 3;

  /** The cue classes target resolution reads, in {@link #cues} order (FORMAT.md "Targets and severity"). */
  static final List<String> CUE_CLASSES = List.of("you", "self", "person_third", "group", "artifact", "copula");

  static final int CUE_YOU = 0;
  static final int CUE_SELF = 1;
  static final int CUE_THIRD = 2;
  static final int CUE_GROUP = 3;
  static final int CUE_ARTIFACT = 4;
  static final int CUE_COPULA = 5;

  private static final int CLASS_LABELS = 1 << 20;

  /** One compiled entry. */
  record Entry(String ruleId, Lexicon lexicon, LexiconEntry entry, int language) {}

  final List<Lexicon> lexicons;
  final List<Entry> entries;
  final Automaton automaton;
  /** Per language index, the label of each {@link #CUE_CLASSES} class, or -1 when the language lacks it. */
  final int[][] cues;

  private CompiledLexicons(List<Lexicon> lexicons, List<Entry> entries, Automaton automaton, int[][] cues) {
    this.lexicons = List.copyOf(lexicons);
    this.entries = List.copyOf(entries);
    this.automaton = automaton;
    this.cues = cues;
  }

  /**
   * Compiles {@code lexicons}, taking extra classes from {@code classSources} (whose entries are ignored). Entries
   * with problems (an unknown class, a rule id defined earlier) are left out and reported in {@code problems}.
   */
  static CompiledLexicons compile(List<Lexicon> lexicons, List<Lexicon> classSources, List<LexiconProblem> problems) {
    Map<String, Integer> languages = new LinkedHashMap<>();
    Map<String, Integer> classLabels = new HashMap<>();
    Map<String, String> classWhere = new HashMap<>();
    WordTrie.Builder words = new WordTrie.Builder();
    List<Lexicon> all = new ArrayList<>(lexicons);
    all.addAll(classSources);
    for (Lexicon lex : all) {
      int lang = languages.computeIfAbsent(lex.language(), k -> languages.size());
      for (WordClass wc : lex.classes()) {
        String key = lang + ":" + wc.name();
        String where = lex.file() + ":" + wc.line();
        String before = classWhere.putIfAbsent(key, where);
        if (before != null) {
          problems.add(new LexiconProblem(lex.file(), wc.line(), 1, "class '" + wc.name()
              + "' of language " + lex.language() + " is already defined at " + before));
          continue;
        }
        int label = CLASS_LABELS + classLabels.size();
        classLabels.put(key, label);
        for (PatternToken.Form f : wc.parsedForms()) {
          words.add(f, label);
        }
      }
    }
    Map<PatternToken.Form, Integer> formLabels = new HashMap<>();
    Map<String, String> ruleWhere = new HashMap<>();
    List<Entry> entries = new ArrayList<>();
    PhraseTrie.Builder phrases = new PhraseTrie.Builder();
    for (Lexicon lex : lexicons) {
      int lang = languages.get(lex.language());
      for (LexiconEntry e : lex.entries()) {
        String ruleId = lex.ruleId(e);
        String before = ruleWhere.putIfAbsent(ruleId, lex.file() + ":" + e.line());
        if (before != null) {
          problems.add(new LexiconProblem(lex.file(), e.line(), 2, "rule id " + ruleId + " is already defined at "
              + before));
          continue;
        }
        if (!classesKnown(lex, e, lang, classLabels, problems)) {
          continue;
        }
        int index = entries.size();
        entries.add(new Entry(ruleId, lex, e, lang));
        Expander x = new Expander(words, phrases, formLabels, classLabels, lang);
        x.add(e.match(), index * ROLES + MATCH);
        x.add(e.unlessBefore(), index * ROLES + UNLESS_BEFORE);
        x.add(e.unlessAfter(), index * ROLES + UNLESS_AFTER);
      }
    }
    int[][] cues = new int[languages.size()][CUE_CLASSES.size()];
    for (int lang = 0; lang < cues.length; lang++) {
      for (int k = 0; k < CUE_CLASSES.size(); k++) {
        cues[lang][k] = classLabels.getOrDefault(lang + ":" + CUE_CLASSES.get(k), -1);
      }
    }
    return new CompiledLexicons(lexicons, entries, new Automaton(words.build(), phrases.build()), cues);
  }

  private static boolean classesKnown(
      Lexicon lex, LexiconEntry e, int lang, Map<String, Integer> classLabels, List<LexiconProblem> problems) {
    boolean ok = true;
    List<LexiconPattern> patterns = new ArrayList<>(e.match());
    patterns.addAll(e.unlessBefore());
    patterns.addAll(e.unlessAfter());
    for (LexiconPattern p : patterns) {
      for (PatternToken t : p.tokens()) {
        if (t instanceof PatternToken.ClassRef c && !classLabels.containsKey(lang + ":" + c.name())) {
          problems.add(new LexiconProblem(lex.file(), p.line(), c.column(), "unknown class <" + c.name()
              + ">: no lexicon of language " + lex.language() + " defines it with @class"));
          ok = false;
        }
      }
    }
    return ok;
  }

  /** Expands patterns into label sequences. */
  private static final class Expander {
    private final WordTrie.Builder words;
    private final PhraseTrie.Builder phrases;
    private final Map<PatternToken.Form, Integer> formLabels;
    private final Map<String, Integer> classLabels;
    private final int lang;
    private int[] buf = new int[16];

    Expander(WordTrie.Builder words, PhraseTrie.Builder phrases, Map<PatternToken.Form, Integer> formLabels,
        Map<String, Integer> classLabels, int lang) {
      this.words = words;
      this.phrases = phrases;
      this.formLabels = formLabels;
      this.classLabels = classLabels;
      this.lang = lang;
    }

    void add(List<LexiconPattern> patterns, int outcome) {
      for (LexiconPattern p : patterns) {
        expand(p.tokens(), 0, 0, outcome);
      }
    }

    private void expand(List<PatternToken> tokens, int i, int len, int outcome) {
      if (i == tokens.size()) {
        phrases.add(buf, len, outcome);
        return;
      }
      if (len + PatternParser.MAX_ANY >= buf.length) {
        buf = java.util.Arrays.copyOf(buf, buf.length * 2);
      }
      PatternToken t = tokens.get(i);
      if (t instanceof PatternToken.Words w) {
        for (PatternToken.Form f : w.forms()) {
          buf[len] = formLabel(f);
          expand(tokens, i + 1, len + 1, outcome);
        }
        if (w.optional()) {
          expand(tokens, i + 1, len, outcome);
        }
      } else if (t instanceof PatternToken.ClassRef c) {
        buf[len] = classLabels.get(lang + ":" + c.name());
        expand(tokens, i + 1, len + 1, outcome);
      } else if (t instanceof PatternToken.AnyWords a) {
        for (int k = 0; k < a.min(); k++) {
          buf[len + k] = PhraseTrie.ANY;
        }
        for (int k = a.min(); k <= a.max(); k++) {
          expand(tokens, i + 1, len + k, outcome);
          buf[len + k] = PhraseTrie.ANY;
        }
      } else if (t instanceof PatternToken.Punct p) {
        buf[len] = PhraseTrie.PUNCT + p.c();
        expand(tokens, i + 1, len + 1, outcome);
      }
    }

    private int formLabel(PatternToken.Form f) {
      Integer label = formLabels.get(f);
      if (label == null) {
        label = formLabels.size();
        formLabels.put(f, label);
        words.add(f, label);
      }
      return label;
    }
  }
}
