package dev.comity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.api.Moderator;
import dev.comity.api.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One Moderator shared by many threads gives exactly the reports a single thread gives. */
class ModeratorConcurrencyTest {
  private static final List<String> MESSAGES = List.of(
      "Only an idiot would merge this",
      "Run kill -9 on the stuck worker and dump the stack",
      "I was an idiot, my patch broke the build",
      "maybe the problem is you",
      "did you even read the patch?",
      "calling someone an \"idiot\" is not OK here",
      "This is spreading this cancer into every driver. Post it on Mastodon so everyone sees.",
      "You absolute m0r0n, the i.d.i.o.t who wrote this f*cking code should be ashamed",
      "> you are an idiot\n\nPlease keep it civil; the patch looks fine to me.\n-- \nJane",
      "Thanks for the review, v3 addresses all comments.");

  @Test
  void sharedModeratorMatchesSingleThreadedResults() throws Exception {
    Moderator moderator = Moderator.builder().build();
    List<Report> expected = MESSAGES.stream().map(moderator::check).toList();
    assertThat(expected).anySatisfy(r -> assertThat(r.findings()).isNotEmpty());

    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Report>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        futures.add(pool.submit(() -> {
          List<Report> out = new ArrayList<>();
          for (int round = 0; round < 200; round++) {
            int i = (round + offset) % MESSAGES.size();
            out.add(moderator.check(MESSAGES.get(i)));
          }
          return out;
        }));
      }
      for (int t = 0; t < threads; t++) {
        List<Report> got = futures.get(t).get();
        for (int round = 0; round < got.size(); round++) {
          assertThat(got.get(round)).isEqualTo(expected.get((round + t) % MESSAGES.size()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
