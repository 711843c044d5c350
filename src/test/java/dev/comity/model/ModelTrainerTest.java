package dev.comity.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.api.Moderator;
import dev.comity.api.Verdict;
import dev.comity.bench.Example;
import dev.comity.bench.Trainer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelTrainerTest {
  /** Review comments scorning the author's competence in words no bundled lexicon lists. */
  private static final List<String> SCORN_OPENERS = List.of(
      "Whoever wrote this is hopeless,",
      "Another sloppy amateur patch,",
      "This is lazy amateur work,",
      "Hopeless as usual,",
      "Such a sloppy, lazy change,",
      "Amateur hour again,",
      "What a hopeless amateur,",
      "Lazy and sloppy,");
  private static final List<String> SCORN_ENDINGS = List.of(
      "you clearly never ran the tests.",
      "did you even look at the build log?",
      "the rest of us get to clean up after you again.",
      "stop sending half-baked rewrites of the scheduler.",
      "I am not reviewing the next version either.");

  private static final List<String> CIVIL_OPENERS = List.of(
      "Thanks for the patch,",
      "Looks good to me overall,",
      "Nice cleanup,",
      "I tested this on the ARM runners,",
      "Sorry for the slow review,",
      "Good catch on the off-by-one,",
      "This reads much better now,",
      "Applied to the stable branch,");
  private static final List<String> CIVIL_ENDINGS = List.of(
      "could you add a regression test for the empty input?",
      "one small nit about the naming below.",
      "I will merge it once the CI run is green.",
      "please rebase on the current main branch.",
      "the benchmark numbers look reasonable.");

  private static List<Example> sample() {
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < SCORN_OPENERS.size(); i++) {
      for (int j = 0; j < SCORN_ENDINGS.size(); j++) {
        out.add(example("s" + i + "-" + j, SCORN_OPENERS.get(i) + " " + SCORN_ENDINGS.get(j), true));
        out.add(example("c" + i + "-" + j, CIVIL_OPENERS.get(i) + " " + CIVIL_ENDINGS.get(j), false));
      }
    }
    return out;
  }

  private static Example example(String id, String text, boolean toxic) {
    return new Example("jsonl", id, text, toxic, Set.of(), Optional.empty(), id);
  }

  private static boolean flagged(Moderator m, String text) {
    return m.check(text).verdict().atLeast(Verdict.REVIEW);
  }

  @Test
  void theTrainedModeratorFlagsUnseenScornOfTheTrainedKindAndNotCivilReview() throws IOException {
    String scorn = "Sloppy and lazy again, a hopeless amateur rewrite of the config loader.";
    String civil = "Thanks, the config loader rewrite looks good; I will merge it after the CI run.";
    Moderator lexiconsOnly = Moderator.builder().disableScorer(ModelScorer.ID).build();
    assertThat(flagged(lexiconsOnly, scorn)).as("the bundled lexicons alone flag the held-out scorn").isFalse();

    Moderator trained = new ModelTrainer().train(sample());

    assertThat(flagged(trained, scorn)).isTrue();
    assertThat(flagged(trained, civil)).isFalse();
  }

  @Test
  void theBenchmarkRunnerFindsTheTrainerWithServiceLoader() {
    assertThat(ServiceLoader.load(Trainer.class).stream().map(ServiceLoader.Provider::get))
        .anySatisfy(t -> assertThat(t).isInstanceOf(ModelTrainer.class));
  }
}
