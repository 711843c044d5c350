package dev.comity.model.span;

import dev.comity.api.Span;
import dev.comity.bench.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A small training sample written for these tests; {@code {...}} marks the gold spans. */
final class TinyCorpus {
  private TinyCorpus() {}

  static final List<String> MARKED = List.of(
      "Only an {idiot} would push this to main without running the tests.",
      "You are an {idiot} and this patch is {garbage}.",
      "Stop being such an {idiot} about the release schedule.",
      "What kind of {moron} merges a change that breaks the build?",
      "This is {garbage} code and you know it.",
      "Are you a {moron} or did you just not read the thread?",
      "The whole design is {garbage}, start over.",
      "Thanks for the review, I will rebase the branch tonight.",
      "The parser change looks good to me, please add a test.",
      "Could you split this into two commits so bisect stays useful?",
      "I ran the benchmark again and the numbers hold up.",
      "The cache key includes the locale because collation differs.",
      "Please do not merge before the release notes are written.",
      "We can drop the old flag once the migration has shipped.");

  /** The corpus as examples with gold spans. */
  static List<Example> examples() {
    List<Example> out = new ArrayList<>();
    for (String marked : MARKED) {
      out.add(example("tiny-" + out.size(), marked));
    }
    return out;
  }

  /** One example from marked text: the braces are removed and what they enclosed becomes a gold span. */
  static Example example(String id, String marked) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    int open = -1;
    for (char c : marked.toCharArray()) {
      if (c == '{') {
        open = text.length();
      } else if (c == '}') {
        spans.add(new Span(open, text.length()));
      } else {
        text.append(c);
      }
    }
    return new Example("tiny", id, text.toString(), !spans.isEmpty(), Set.of(), Optional.of(spans), id);
  }

  static SpanTrainingParams params() {
    return new SpanTrainingParams("MAXENT", 50, 0, true, 2, 1.0, 0.5, 0);
  }
}
