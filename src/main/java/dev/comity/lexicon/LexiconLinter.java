package dev.comity.lexicon;

import dev.comity.api.Finding;
import dev.comity.api.Message;
import dev.comity.api.Span;
import dev.comity.spi.ScoringContext;
import dev.comity.text.NormalizedText;
import dev.comity.text.Normalizer;
import dev.comity.text.Region;
import dev.comity.text.RegionKind;
import dev.comity.text.Segmenter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks lexicon files the way {@code comity lexicon lint} reports them: every parse problem, every cross-file problem
 * (a class defined twice in a language, a rule id defined twice, an unknown class), and every {@code hit} and {@code
 * ok} example run through a scorer built from the linted files. Stateless and thread-safe.
 *
 * <p>Example semantics (FORMAT.md "Examples"): a {@code hit} must give a finding of its own rule at exactly each
 * {@code {...}} span and at no other span; an {@code ok} must give no finding of its rule; an {@code ok} of an allow
 * entry must contain a match of that entry, so that the phrase suppresses findings there. Examples are scored with
 * every linted lexicon loaded, allow lists included; classes come from the linted files plus the bundled lexicons
 * whose ids are not among them.
 */
public final class LexiconLinter {
  private LexiconLinter() {}

  /**
   * Every problem in the given {@code .lex} files and directories (searched recursively), sorted by file, line and
   * column, each with its source line for {@link LexiconProblem#format()}. Empty when all is well.
   */
  public static List<LexiconProblem> lint(List<Path> filesOrDirs) {
    Prepared p = prepare(filesOrDirs);
    List<LexiconProblem> problems = new ArrayList<>(p.problems());
    for (ExampleCheck c : p.examples()) {
      problems.addAll(c.run().get());
    }
    return p.withSource(problems);
  }

  /** One example to run, named {@code <rule id> hit|ok line N}. */
  record ExampleCheck(String name, Supplier<List<LexiconProblem>> run) {}

  /** Problems found without running examples, the example checks, and the file contents for source lines. */
  record Prepared(List<LexiconProblem> problems, List<ExampleCheck> examples, Map<Path, String[]> lines) {
    List<LexiconProblem> withSource(List<LexiconProblem> problems) {
      List<LexiconProblem> out = new ArrayList<>();
      for (LexiconProblem q : problems) {
        String[] l = lines.get(q.file());
        boolean known = q.sourceLine().isEmpty() && l != null && q.line() <= l.length;
        out.add(known ? new LexiconProblem(q.file(), q.line(), q.column(), q.message(), l[q.line() - 1]) : q);
      }
      out.sort(null);
      return List.copyOf(out);
    }
  }

  static Prepared prepare(List<Path> filesOrDirs) {
    List<LexiconProblem> problems = new ArrayList<>();
    List<LexiconSources.Source> sources = LexiconSources.read(filesOrDirs, problems);
    Map<Path, String[]> lines = new HashMap<>();
    for (LexiconSources.Source s : sources) {
      lines.put(s.name(), LexiconParser.lines(s.content()));
    }
    List<Lexicon> lexicons = LexiconSources.parse(sources, problems);
    CompiledLexicons compiled = CompiledLexicons.compile(lexicons, bundledClasses(lexicons), problems);
    LexiconScorer scorer = new LexiconScorer(compiled);
    List<ExampleCheck> checks = new ArrayList<>();
    for (int i = 0; i < compiled.entries.size(); i++) {
      CompiledLexicons.Entry e = compiled.entries.get(i);
      int index = i;
      for (LexiconExample x : e.entry().hits()) {
        checks.add(new ExampleCheck(e.ruleId() + " hit line " + x.line(), () -> checkHit(scorer, e, x)));
      }
      for (LexiconExample x : e.entry().oks()) {
        checks.add(new ExampleCheck(e.ruleId() + " ok line " + x.line(), () -> checkOk(scorer, e, index, x)));
      }
    }
    return new Prepared(problems, checks, lines);
  }

  /** Classes of the bundled lexicons whose ids the linted files do not redefine; broken bundled files are skipped. */
  private static List<Lexicon> bundledClasses(List<Lexicon> linted) {
    Set<String> ids = new HashSet<>();
    linted.forEach(l -> ids.add(l.id()));
    List<LexiconProblem> ignored = new ArrayList<>();
    return LexiconSources.parse(LexiconSources.bundled(ignored), ignored).stream()
        .filter(l -> !l.classes().isEmpty() && !ids.contains(l.id()))
        .toList();
  }

  private static List<LexiconProblem> checkHit(LexiconScorer scorer, CompiledLexicons.Entry e, LexiconExample x) {
    List<LexiconProblem> problems = new ArrayList<>();
    LexiconScorer.Evaluation ev = scorer.evaluate(context(e.entry(), x.text()));
    List<Span> found = new ArrayList<>();
    for (Finding f : ev.findings()) {
      if (f.rule().equals(e.ruleId())) {
        found.add(f.span());
      }
    }
    for (Span expected : x.spans()) {
      if (!found.contains(expected)) {
        problems.add(problem(e, x, expected.start(), e.ruleId() + " does not flag '" + expected.coveredText(x.text())
            + "' " + expected + (found.isEmpty() ? "" : "; it flags " + describe(found, x.text()))));
      }
    }
    for (Span f : found) {
      if (!x.spans().contains(f)) {
        problems.add(problem(e, x, f.start(), e.ruleId() + " also flags '" + f.coveredText(x.text()) + "' " + f
            + ", which has no {} marker"));
      }
    }
    return problems;
  }

  private static List<LexiconProblem> checkOk(
      LexiconScorer scorer, CompiledLexicons.Entry e, int index, LexiconExample x) {
    List<LexiconProblem> problems = new ArrayList<>();
    LexiconScorer.Evaluation ev = scorer.evaluate(context(e.entry(), x.text()));
    if (e.entry().isAllow()) {
      if (ev.allowed().stream().noneMatch(a -> a[0] == index)) {
        problems.add(problem(e, x, 0, "allow entry " + e.ruleId()
            + " does not match this example, so it suppresses nothing here"));
      }
      return problems;
    }
    for (Finding f : ev.findings()) {
      if (f.rule().equals(e.ruleId())) {
        problems.add(problem(e, x, f.span().start(), e.ruleId() + " flags '" + f.text() + "' " + f.span()
            + " in an ok example"));
      }
    }
    return problems;
  }

  /**
   * The example as a message: segmented, with prose and the entry's own regions scored, so that a rule limited to
   * quoted text can show an example in quoted text.
   */
  static ScoringContext context(LexiconEntry entry, String text) {
    List<Region> regions = Segmenter.segment(text);
    Set<RegionKind> scored = EnumSet.of(RegionKind.PROSE);
    scored.addAll(entry.regions());
    List<Span> include = new ArrayList<>();
    for (Region r : regions) {
      if (!scored.contains(r.kind())) {
        continue;
      }
      int last = include.size() - 1;
      if (last >= 0 && include.get(last).end() == r.span().start()) {
        include.set(last, new Span(include.get(last).start(), r.span().end()));
      } else {
        include.add(r.span());
      }
    }
    NormalizedText nt = Normalizer.normalize(text, include);
    return new ScoringContext(Message.of(text), text, regions, scored, nt);
  }

  private static String describe(List<Span> spans, String text) {
    List<String> out = new ArrayList<>();
    for (Span s : spans) {
      out.add("'" + s.coveredText(text) + "' " + s);
    }
    return String.join(", ", out);
  }

  private static LexiconProblem problem(CompiledLexicons.Entry e, LexiconExample x, int offset, String message) {
    return new LexiconProblem(e.lexicon().file(), x.line(), x.columnOf(offset), message);
  }
}
