package dev.comity.model;

import dev.comity.api.Category;
import dev.comity.api.Finding;
import dev.comity.api.Severity;
import dev.comity.api.Span;
import dev.comity.api.Target;
import dev.comity.spi.Scorer;
import dev.comity.spi.ScorerInfo;
import dev.comity.spi.ScoringContext;
import dev.comity.model.span.SpanTagger;
import dev.comity.model.span.TaggedSpan;
import dev.comity.text.NormalizedText;
import dev.comity.text.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code model} scorer: runs the message model once over the normalized view of the scored regions (prose only
 * by default) and, for every category whose calibrated weight reaches {@link #MIN_WEIGHT}, reports one finding.
 *
 * <p>A message-level judgement still needs a span a moderator can check. When the bundle has a span tagger, it runs
 * over the scored regions (only for messages the message model flags: the tagger costs far more than the categorizer)
 * and each marked span gets a finding, the calibrated weight shared among them so that together they weigh exactly as
 * much as one finding would. Without a tagger, or when it marks nothing, the finding covers the sentence where the
 * model's evidence is strongest (each sentence scored alone). The weight ({@code severity weight x confidence}) is the
 * calibrated weight, so the report's category score combines it with the lexicon's findings as {@link Calibration} was
 * fitted to. Weights below {@link
 * #MIN_WEIGHT} are not reported: a report lists evidence, not every faint probability.
 *
 * <p>Cost: one categorizer call per message (a few microseconds for a 400-char message); the per-sentence calls run
 * only for messages that get a finding. Immutable and thread-safe.
 */
final class ModelScorer implements Scorer {
  static final String ID = "model";
  /** Calibrated weights below this give no finding. */
  static final double MIN_WEIGHT = 0.3;

  private final ModelBundle bundle;
  private final ScorerInfo info;
  /** One span tagger per thread over the shared span model; absent without one. */
  private final Optional<ThreadLocal<SpanTagger>> taggers;

  ModelScorer(ModelBundle bundle) {
    this.bundle = bundle;
    this.taggers = bundle.span().map(m -> ThreadLocal.withInitial(m::newTagger));
    this.info = new ScorerInfo(ID, bundle.manifest().version(),
        "OpenNLP message model over the normalized prose, calibrated against the lexicons");
  }

  @Override
  public ScorerInfo info() {
    return info;
  }

  @Override
  public List<Finding> score(ScoringContext context) {
    NormalizedText view = context.normalized();
    MessageModel model = bundle.message();
    if (!model.mayMatter(view.text())) {
      return List.of();
    }
    ProseTokens tokens = ProseTokens.of(view);
    if (tokens.size == 0) {
      return List.of();
    }
    double[] p = model.probabilities(MessageFeatures.tokens(tokens, 0, tokens.size));
    List<Finding> findings = new ArrayList<>();
    List<int[]> sentences = null;
    List<TaggedSpan> tagged = null;
    for (Category c : Category.values()) {
      if (!model.knows(c)) {
        continue;
      }
      double w = model.calibration().weight(c, p[c.ordinal()]);
      if (w < MIN_WEIGHT) {
        continue;
      }
      if (tagged == null) {
        tagged = tag(context);
      }
      if (!tagged.isEmpty()) {
        // k findings of weight 1 - (1 - w)^(1/k) combine under the policy to exactly w.
        double share = 1 - Math.pow(1 - w, 1.0 / tagged.size());
        for (TaggedSpan t : tagged) {
          Span span = new Span(t.start(), t.end());
          findings.add(finding(context, c, share, span, String.format(Locale.ROOT,
              "The message model reads the message as %s (%.2f); the span tagger marks these words (%.2f).",
              c.id().replace('_', ' '), w, t.probability())));
        }
        continue;
      }
      if (sentences == null) {
        sentences = sentences(tokens);
      }
      int[] best = strongest(model, tokens, sentences, c);
      Span span = view.toOriginal(tokens.starts[best[0]], tokens.ends[best[1] - 1]);
      findings.add(finding(context, c, w, span, String.format(Locale.ROOT,
          "The message model reads the message as %s (%.2f); strongest in this sentence.",
          c.id().replace('_', ' '), w)));
    }
    return findings;
  }

  /** A finding of weight {@code w}: medium severity up to its weight, high above. */
  private static Finding finding(ScoringContext context, Category c, double w, Span span, String message) {
    Severity severity = w > Severity.MEDIUM.weight() ? Severity.HIGH : Severity.MEDIUM;
    double confidence = Math.min(1.0, round(w / severity.weight()));
    return new Finding("model/" + c.id(), ID, c, severity, confidence, Target.UNKNOWN, span, context.covered(span),
        message);
  }

  /** The span tagger's spans over the scored regions, or none without a span model. */
  private List<TaggedSpan> tag(ScoringContext context) {
    if (taggers.isEmpty()) {
      return List.of();
    }
    SpanTagger tagger = taggers.get().get();
    List<TaggedSpan> out = new ArrayList<>();
    for (Region r : context.regions()) {
      if (context.scoredKinds().contains(r.kind())) {
        out.addAll(tagger.tag(context.text(), r.span().start(), r.span().end()));
      }
    }
    return out;
  }

  /** Token ranges {@code [from, to)} of the sentences. */
  private static List<int[]> sentences(ProseTokens tokens) {
    List<int[]> out = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= tokens.size; i++) {
      if (i == tokens.size || tokens.breakBefore[i]) {
        out.add(new int[] {from, i});
        from = i;
      }
    }
    return out;
  }

  private static int[] strongest(MessageModel model, ProseTokens tokens, List<int[]> sentences, Category c) {
    if (sentences.size() == 1) {
      return sentences.get(0);
    }
    int[] best = sentences.get(0);
    double bestP = -1;
    for (int[] s : sentences) {
      double p = model.probabilities(MessageFeatures.tokens(tokens, s[0], s[1]))[c.ordinal()];
      if (p > bestP) {
        bestP = p;
        best = s;
      }
    }
    return best;
  }

  private static double round(double v) {
    return Math.round(v * 10_000.0) / 10_000.0;
  }
}
