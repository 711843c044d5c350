package dev.comity.api;

import static java.util.Objects.requireNonNull;

import dev.comity.spi.Scorer;
import dev.comity.spi.ScorerConfig;
import dev.comity.spi.ScorerInfo;
import dev.comity.spi.ScorerProvider;
import dev.comity.spi.ScoringContext;
import dev.comity.text.NormalizedText;
import dev.comity.text.Normalizer;
import dev.comity.text.Region;
import dev.comity.text.RegionKind;
import dev.comity.text.Segmenter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Scores messages: segments each into regions, normalizes the scored ones, runs every scorer and applies the policy.
 * Built once with {@link #builder()}; immutable and thread-safe, so one instance serves a whole application.
 *
 * <pre>{@code
 * Moderator moderator = Moderator.builder().build();
 * Report report = moderator.check("Only an idiot would merge this");
 * }</pre>
 *
 * <p>Message content never makes it throw: empty, huge, or malformed text gives a valid {@link Report}; a scorer that
 * throws is recorded in {@link Report#failures()} and the others still run.
 */
public final class Moderator {
  /** Default cap on the UTF-16 code units scored per message; longer messages are truncated and flagged. */
  public static final int DEFAULT_MAX_CHARS = 1 << 20;
  /**
   * Default cap on the UTF-16 code units scored per line. No line a person writes comes near it; longer lines are
   * machine output (base64, minified data, one-line dumps), and the cap keeps one of them from costing as much as a
   * whole thread.
   */
  public static final int DEFAULT_MAX_LINE_CHARS = 1 << 17;

  private final List<Scorer> scorers;
  private final Policy policy;
  private final Set<RegionKind> scoredKinds;
  private final int maxChars;
  private final int maxLineChars;
  private final boolean strict;
  private final Map<String, String> versions;

  private Moderator(Builder b, List<Scorer> scorers) {
    this.scorers = List.copyOf(scorers);
    this.policy = b.policy;
    this.scoredKinds = Set.copyOf(b.scoredKinds);
    this.maxChars = b.maxChars;
    this.maxLineChars = b.maxLineChars;
    this.strict = b.strict;
    Map<String, String> v = new LinkedHashMap<>();
    for (Scorer s : scorers) {
      v.put(s.info().id(), s.info().version());
    }
    // Map.copyOf would iterate in an order that changes from one JVM run to the next; reports list scorers in order.
    this.versions = Collections.unmodifiableMap(v);
  }

  /** A builder with the defaults: bundled lexicons, discovered scorers, default policy, prose scored. */
  public static Builder builder() {
    return new Builder();
  }

  /** Scores a bare text. */
  public Report check(String text) {
    return check(Message.of(text));
  }

  /** Scores one message. Never throws on message content. */
  public Report check(Message message) {
    String text = message.text();
    boolean truncated = false;
    if (text.length() > maxChars) {
      int cut = maxChars;
      if (Character.isHighSurrogate(text.charAt(cut - 1)) && Character.isLowSurrogate(text.charAt(cut))) {
        cut--;
      }
      text = text.substring(0, cut);
      truncated = true;
    }
    String scored = blankLongLines(text, maxLineChars);
    truncated |= scored != text;
    List<Finding> findings = new ArrayList<>();
    List<ScorerFailure> failures = new ArrayList<>();
    ScoringContext context;
    try {
      context = context(message, scored);
    } catch (RuntimeException | StackOverflowError e) {
      if (strict) {
        throw new IllegalStateException("text pipeline failed", e);
      }
      failures.add(new ScorerFailure("text", describe(e)));
      return report(message, findings, truncated, failures);
    }
    for (Scorer scorer : scorers) {
      String id = scorer.info().id();
      try {
        for (Finding f : scorer.score(context)) {
          checkFinding(id, f, scored);
          if (scored != text && !f.span().coveredText(text).equals(f.text())) {
            continue; // it reaches into the unscored rest of a long line
          }
          Finding applied = policy.apply(f);
          if (applied != null) {
            findings.add(applied);
          }
        }
      } catch (RuntimeException | StackOverflowError e) {
        if (strict) {
          throw new IllegalStateException("scorer " + id + " failed", e);
        }
        failures.add(new ScorerFailure(id, describe(e)));
      }
    }
    return report(message, findings, truncated, failures);
  }

  /** Ids, versions and descriptions of the scorers, in the order they run. */
  public List<ScorerInfo> scorers() {
    return scorers.stream().map(Scorer::info).toList();
  }

  /** The policy applied to every report. */
  public Policy policy() {
    return policy;
  }

  /** The region kinds scored. */
  public Set<RegionKind> scoredKinds() {
    return scoredKinds;
  }

  /** The most UTF-16 code units scored per message. */
  public int maxChars() {
    return maxChars;
  }

  /** The most UTF-16 code units scored per line. */
  public int maxLineChars() {
    return maxLineChars;
  }

  /**
   * {@code text} with every line's code units past {@code max} replaced by spaces, or {@code text} itself when no line
   * is longer. Spaces rather than a cut keep every offset, so spans still index the message, and the lines after a long
   * one are still scored: a long line cannot hide the rest of a message.
   */
  static String blankLongLines(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    char[] out = null;
    int lineStart = 0;
    while (lineStart < text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      if (lineEnd - lineStart > max) {
        int cut = lineStart + max;
        if (Character.isLowSurrogate(text.charAt(cut)) && Character.isHighSurrogate(text.charAt(cut - 1))) {
          cut--;
        }
        if (out == null) {
          out = text.toCharArray();
        }
        Arrays.fill(out, cut, lineEnd, ' ');
      }
      lineStart = lineEnd + 1;
    }
    return out == null ? text : new String(out);
  }

  private ScoringContext context(Message message, String text) {
    List<Region> regions = Segmenter.segment(text);
    List<Span> include = new ArrayList<>();
    for (Region r : regions) {
      if (scoredKinds.contains(r.kind())) {
        int last = include.size() - 1;
        if (last >= 0 && include.get(last).end() == r.span().start()) {
          include.set(last, new Span(include.get(last).start(), r.span().end()));
        } else {
          include.add(r.span());
        }
      }
    }
    NormalizedText normalized = Normalizer.normalize(text, include);
    return new ScoringContext(message, text, regions, scoredKinds, normalized);
  }

  private static void checkFinding(String scorer, Finding f, String text) {
    if (!f.source().equals(scorer)) {
      throw new IllegalStateException("finding of rule " + f.rule() + " names source " + f.source());
    }
    if (f.span().end() > text.length() || !f.span().coveredText(text).equals(f.text())) {
      throw new IllegalStateException("finding of rule " + f.rule() + " has span " + f.span()
          + " that does not cover its text in a message of length " + text.length());
    }
  }

  private Report report(
      Message message, List<Finding> findings, boolean truncated, List<ScorerFailure> failures) {
    Map<Category, Double> scores = policy.scores(findings);
    double score = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0.0);
    return new Report(
        message.id(), policy.verdict(scores), score, scores, findings, truncated, failures, versions);
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getName() : e.getClass().getName() + ": " + e.getMessage();
  }

  /** Builds a {@link Moderator}; {@link #build()} validates the configuration. Not thread-safe. */
  public static final class Builder {
    private Policy policy = Policy.defaults();
    private final List<Scorer> extraScorers = new ArrayList<>();
    private final List<Path> lexicons = new ArrayList<>();
    private boolean bundledLexicons = true;
    private Path models;
    private boolean discover = true;
    private final Set<String> disabledScorers = new LinkedHashSet<>();
    private final Set<RegionKind> scoredKinds = EnumSet.of(RegionKind.PROSE);
    private int maxChars = DEFAULT_MAX_CHARS;
    private int maxLineChars = DEFAULT_MAX_LINE_CHARS;
    private boolean strict;

    private Builder() {}

    /** The policy for verdicts, thresholds and rule overrides. */
    public Builder policy(Policy value) {
      this.policy = requireNonNull(value, "policy");
      return this;
    }

    /** Adds a scorer instance, run after the discovered ones. */
    public Builder scorer(Scorer value) {
      extraScorers.add(requireNonNull(value, "scorer"));
      return this;
    }

    /** Adds a lexicon file, or a directory whose {@code .lex} files are all loaded. */
    public Builder lexicon(Path path) {
      lexicons.add(requireNonNull(path, "path"));
      return this;
    }

    /** Whether the lexicons shipped in the jar are loaded (default true). */
    public Builder bundledLexicons(boolean value) {
      this.bundledLexicons = value;
      return this;
    }

    /**
     * A directory of models trained with {@code comity train}, used instead of the models shipped in the jar; {@code
     * null} (the default) for the shipped ones.
     */
    public Builder models(Path directory) {
      this.models = directory;
      return this;
    }

    /** Whether scorer providers are discovered with {@link ServiceLoader}, built-ins included (default true). */
    public Builder discoverScorers(boolean value) {
      this.discover = value;
      return this;
    }

    /** Leaves out a discovered scorer by id. */
    public Builder disableScorer(String id) {
      disabledScorers.add(requireNonNull(id, "id"));
      return this;
    }

    /** The region kinds to score (default prose only). */
    public Builder scoredRegions(Set<RegionKind> kinds) {
      scoredKinds.clear();
      scoredKinds.addAll(kinds);
      return this;
    }

    /** The most UTF-16 code units scored per message (default {@link #DEFAULT_MAX_CHARS}). */
    public Builder maxChars(int value) {
      this.maxChars = value;
      return this;
    }

    /**
     * The most UTF-16 code units scored per line (default {@link #DEFAULT_MAX_LINE_CHARS}); the rest of a longer line
     * is not scored and the report is flagged {@link Report#truncated()}.
     */
    public Builder maxLineChars(int value) {
      this.maxLineChars = value;
      return this;
    }

    /** In strict mode a failing scorer makes {@link Moderator#check} throw, naming it (for tests). */
    public Builder strict(boolean value) {
      this.strict = value;
      return this;
    }

    /**
     * Creates the moderator, loading lexicons and models.
     *
     * @throws ConfigurationException listing every problem: invalid files, duplicate or unknown scorer ids, bad limits
     */
    public Moderator build() {
      List<String> problems = new ArrayList<>();
      if (maxChars < 1) {
        problems.add("maxChars must be at least 1, got " + maxChars);
      }
      if (maxLineChars < 1) {
        problems.add("maxLineChars must be at least 1, got " + maxLineChars);
      }
      if (scoredKinds.isEmpty()) {
        problems.add("at least one region kind must be scored");
      }
      List<Scorer> scorers = new ArrayList<>();
      Set<String> known = new LinkedHashSet<>();
      if (discover) {
        ScorerConfig config = new ScorerConfig(lexicons, bundledLexicons, Optional.ofNullable(models));
        List<ScorerProvider> providers = new ArrayList<>();
        for (ScorerProvider p : ServiceLoader.load(ScorerProvider.class, Moderator.class.getClassLoader())) {
          known.add(p.id());
          if (!disabledScorers.contains(p.id())) {
            providers.add(p);
          }
        }
        List<Created> created = create(providers, config);
        for (int i = 0; i < providers.size(); i++) {
          ScorerProvider p = providers.get(i);
          Created c = created.get(i);
          if (c.problems != null) {
            problems.addAll(c.problems);
            continue;
          }
          if (!c.scorer.info().id().equals(p.id())) {
            problems.add("provider " + p.getClass().getName() + " declares id " + p.id()
                + " but created scorer " + c.scorer.info().id());
          }
          scorers.add(c.scorer);
        }
      } else {
        if (!lexicons.isEmpty()) {
          problems.add("lexicons were given but scorer discovery is off, so no lexicon scorer would load them");
        }
        if (models != null) {
          problems.add("models were given but scorer discovery is off, so no model scorer would load them");
        }
      }
      scorers.addAll(extraScorers);
      Set<String> ids = new LinkedHashSet<>();
      for (Scorer s : scorers) {
        known.add(s.info().id());
        if (!ids.add(s.info().id())) {
          problems.add("two scorers have the id " + s.info().id());
        }
      }
      for (String id : disabledScorers) {
        if (!known.contains(id)) {
          problems.add("cannot disable unknown scorer '" + id + "'; known: " + String.join(", ", known));
        }
      }
      if (!problems.isEmpty()) {
        throw new ConfigurationException(problems);
      }
      return new Moderator(this, scorers);
    }

    /** A provider's scorer, or the configuration problems it reported. */
    private record Created(Scorer scorer, List<String> problems) {}

    /**
     * Creates every provider's scorer, each on its own thread: loading lexicons and models is most of the start-up
     * time, and they do not depend on each other. Results come back in provider order; an exception other than a
     * {@link ConfigurationException} is rethrown as if the provider had been called on this thread.
     */
    private static List<Created> create(List<ScorerProvider> providers, ScorerConfig config) {
      List<FutureTask<Created>> tasks = new ArrayList<>();
      for (ScorerProvider p : providers) {
        tasks.add(new FutureTask<>(() -> {
          try {
            return new Created(p.create(config), null);
          } catch (ConfigurationException e) {
            return new Created(null, e.problems());
          }
        }));
      }
      // The last one runs here, the others on threads of their own.
      for (int i = 0; i < tasks.size() - 1; i++) {
        Thread t = new Thread(tasks.get(i), "comity-load-" + providers.get(i).id());
        t.setDaemon(true);
        t.start();
      }
      if (!tasks.isEmpty()) {
        tasks.get(tasks.size() - 1).run();
      }
      List<Created> created = new ArrayList<>();
      boolean interrupted = false;
      for (FutureTask<Created> task : tasks) {
        while (true) {
          try {
            created.add(task.get());
            break;
          } catch (InterruptedException e) {
            interrupted = true; // finish loading, then let the caller see the interrupt
          } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
              throw r;
            }
            throw (Error) e.getCause();
          }
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      return created;
    }
  }

  @Override
  public String toString() {
    return "Moderator" + versions;
  }
}
