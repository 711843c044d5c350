package dev.comity.bench;

import dev.comity.api.Category;
import dev.comity.api.Span;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One labeled text from a dataset, its labels mapped onto Comity categories. Immutable.
 *
 * @param dataset dataset name, e.g. {@code toxic-spans}
 * @param id unique within the dataset (upstream id, or row number)
 * @param text exactly as in the upstream file: gold spans index into it
 * @param toxic the dataset's own binary label (uncivil/toxic/hate/offensive = true)
 * @param categories mapped categories; empty when not toxic or when the dataset has no category labels
 * @param spans gold spans (UTF-16, end exclusive) when the dataset has them
 * @param group leak-free split key: thread/issue/PR id; equals {@code id} when there is none
 */
public record Example(
    String dataset,
    String id,
    String text,
    boolean toxic,
    Set<Category> categories,
    Optional<List<Span>> spans,
    String group) {

  public Example {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(group, "group");
    categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
    spans = spans.map(List::copyOf);
    for (Span s : spans.orElse(List.of())) {
      if (s.end() > text.length()) {
        throw new IllegalArgumentException(dataset + " " + id + ": span " + s + " beyond text length " + text.length());
      }
    }
  }
}
