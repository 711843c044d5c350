package dev.comity.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.api.Category;
import dev.comity.bench.Example;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MessageTrainerTest {
  private static MessageModel model;

  @BeforeAll
  static void train() throws IOException {
    model = MessageTrainer.train(TinyData.examples(), TinyData.params(), text -> new double[Category.values().length])
        .model();
  }

  private static Example example(boolean toxic, Set<Category> categories) {
    return new Example("too-heated-prs", "1", "Stop arguing and fix it.", toxic,
        categories.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(categories), Optional.empty(), "1");
  }

  @Test
  void anUncivilExampleWithoutCategoriesDoesNotCalibrateTheCategories() {
    assertThat(MessageTrainer.knownFor(example(true, Set.of()), model)).isFalse();
  }

  @Test
  void civilAndCategorizedExamplesCalibrateEveryCategory() {
    assertThat(MessageTrainer.knownFor(example(false, Set.of()), model)).isTrue();
    assertThat(MessageTrainer.knownFor(example(true, Set.of(Category.IMPATIENCE)), model)).isTrue();
  }
}
