package dev.comity.lexicon;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import dev.comity.api.ConfigurationException;
import dev.comity.api.Span;
import dev.comity.spi.ScorerConfig;
import dev.comity.spi.ScoringContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The allow entries of the configured lexicons (technical senses and idioms: "garbage collection", "kill -9", "dump
 * the stack"...), for scorers other than the lexicon scorer, which drops its own findings inside them: a model that
 * learned "garbage" from insults should not hold it against a message about the garbage collector either. Compiled on
 * first use, as most messages never reach a scorer that asks. Immutable and thread-safe.
 */
public final class AllowList {
  private final Supplier<Optional<LexiconScorer>> compiled;

  private AllowList(Supplier<Optional<LexiconScorer>> compiled) {
    this.compiled = Suppliers.memoize(compiled);
  }

  /**
   * The allow entries of the lexicons {@code config} loads: the bundled ones unless they are off, then its files.
   * Problems in those files are reported when the list is first used, as the lexicon scorer reports them at build.
   */
  public static AllowList of(ScorerConfig config) {
    return new AllowList(() -> {
      List<LexiconProblem> problems = new ArrayList<>();
      List<Lexicon> all = LexiconSources.load(config, problems);
      List<Lexicon> allow = all.stream().filter(l -> l.kind() == LexiconKind.ALLOW).toList();
      List<Lexicon> rules = all.stream().filter(l -> l.kind() != LexiconKind.ALLOW).toList();
      CompiledLexicons c = CompiledLexicons.compile(allow, rules, problems); // rules lend their word classes
      if (!problems.isEmpty()) {
        throw new ConfigurationException(problems.stream().map(LexiconProblem::toString).toList());
      }
      return allow.isEmpty() ? Optional.empty() : Optional.of(new LexiconScorer(c));
    });
  }

  /** The spans of {@link ScoringContext#text()} that allow entries match, in the scored regions. */
  public List<Span> matches(ScoringContext context) {
    Optional<LexiconScorer> scorer = compiled.get();
    if (scorer.isEmpty()) {
      return List.of();
    }
    List<Span> out = new ArrayList<>();
    for (int[] a : scorer.get().evaluate(context).allowed()) {
      out.add(context.normalized().toOriginal(a[1], a[2]));
    }
    return out;
  }
}
