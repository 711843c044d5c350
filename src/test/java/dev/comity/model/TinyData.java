package dev.comity.model;

import dev.comity.api.Category;
import dev.comity.api.Span;
import dev.comity.bench.Example;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A tiny inline training set, written for these tests: enough for a model that separates two styles of mail. */
final class TinyData {
  private TinyData() {}

  private static final List<String> CIVIL = List.of(
      "Thanks for the review, I will send a second version with the lock fixed tomorrow.",
      "Could you split the patch in two? The first part only moves code around.",
      "I can reproduce the crash with the release candidate but not with the last release.",
      "Applied to the stable branch, thanks for the careful bisecting.",
      "The benchmark numbers look reasonable now, peak memory went down by a third.",
      "Good catch, the loop bound is off by one; I have added a regression test.",
      "Sorry for the delay, I was travelling. I will look at the parser changes on Monday.",
      "Would it make sense to deprecate the old interface before removing it?",
      "The build passes on the ARM runners as well, so this is ready from my side.",
      "Let me know if you want the commits squashed before merging.");

  private static final List<String> FRUSTRATED = List.of(
      "This is beyond ridiculous, every release breaks something and nobody cares at all.",
      "I am so fed up with this broken mess, nobody cares about the users at all.",
      "Honestly this is ridiculous, the same broken installer for a year and nobody cares.",
      "Nobody cares, it is ridiculous and broken, and I am fed up with asking.",
      "What a ridiculous broken mess; I am fed up and nobody here cares.",
      "Fed up. Broken again, ridiculous again, and nobody cares again.",
      "It is ridiculous that this is still broken and that nobody cares.",
      "I'm fed up, this is broken, ridiculous, and clearly nobody cares.",
      "Broken and ridiculous, and nobody cares; I am fed up with this project.",
      "This is ridiculous and broken; I am fed up because nobody cares.");

  /** Civil and frustrated examples, interleaved, each its own group. */
  static List<Example> examples() {
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < CIVIL.size(); i++) {
      out.add(example("c" + i, CIVIL.get(i), Set.of()));
      out.add(example("f" + i, FRUSTRATED.get(i), Set.of(Category.FRUSTRATION)));
    }
    return out;
  }

  /** The same examples, the uncivil ones with gold spans on every "ridiculous", to train a span tagger too. */
  static List<Example> withSpans() {
    List<Example> out = new ArrayList<>();
    for (Example e : examples()) {
      if (!e.toxic()) {
        out.add(e);
        continue;
      }
      List<Span> spans = new ArrayList<>();
      for (int i = e.text().indexOf("ridiculous"); i >= 0; i = e.text().indexOf("ridiculous", i + 1)) {
        spans.add(new Span(i, i + "ridiculous".length()));
      }
      out.add(new Example(e.dataset(), e.id(), e.text(), true, e.categories(), Optional.of(spans), e.group()));
    }
    return out;
  }

  private static Example example(String id, String text, Set<Category> categories) {
    return new Example("jsonl", id, text, !categories.isEmpty(),
        categories.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(categories), Optional.empty(), id);
  }

  /** Training parameters for the tiny set: half of it calibrates, which is plenty for two styles. */
  static MessageTrainingParams params() {
    return new MessageTrainingParams("MAXENT_QN", 50, 1, 7L, 0.5, List.of());
  }
}
