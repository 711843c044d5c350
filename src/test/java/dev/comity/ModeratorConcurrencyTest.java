package dev.comity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.api.Moderator;
import dev.comity.api.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One Moderator shared by many threads gives exactly the reports a single thread gives, also while the threads race to
 * fill the normalizer's per-code-point cache.
 */
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

  /**
   * Messages made of code points from ranges no other test uses (math alphanumerics that fold to Latin letters, Latin
   * Extended Additional with its diacritics, CJK Extension B, Cyrillic Supplement), scored first by many threads at
   * once, so they race on the first fold of each code point; a single thread afterwards must get identical reports.
   */
  @Test
  void threadsRacingOnFirstSeenCharactersMatchSingleThreadedResults() throws Exception {
    Moderator moderator = Moderator.builder().maxChars(3000).build();
    SplittableRandom random = new SplittableRandom(20261122);
    int[][] ranges = {{0x1D400, 0x1D6A3}, {0x1E00, 0x1EFF}, {0x20000, 0x2A6DF}, {0x0500, 0x052F}, {0x1F100, 0x1F1FF}};
    List<String> messages = new ArrayList<>();
    for (int m = 0; m < 64; m++) {
      StringBuilder sb = new StringBuilder("You absolute idiot, ");
      for (int k = random.nextInt(50, 400); k > 0; k--) {
        int[] range = ranges[random.nextInt(ranges.length)];
        sb.appendCodePoint(random.nextInt(range[0], range[1] + 1));
        if (random.nextInt(6) == 0) {
          sb.append(random.nextBoolean() ? " " : " moron ");
        }
      }
      messages.add(sb.toString());
    }
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<Report>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t * messages.size() / threads;
        futures.add(pool.submit(() -> {
          start.await();
          List<Report> out = new ArrayList<>();
          for (int i = 0; i < messages.size(); i++) {
            out.add(moderator.check(messages.get((i + offset) % messages.size())));
          }
          return out;
        }));
      }
      start.countDown();
      List<List<Report>> results = new ArrayList<>();
      for (Future<List<Report>> f : futures) {
        results.add(f.get());
      }
      // Only now, with every fold cached, the single-threaded reference.
      List<Report> expected = messages.stream().map(moderator::check).toList();
      assertThat(expected).allSatisfy(r -> assertThat(r.findings()).isNotEmpty());
      for (int t = 0; t < threads; t++) {
        int offset = t * messages.size() / threads;
        List<Report> got = results.get(t);
        for (int i = 0; i < got.size(); i++) {
          assertThat(got.get(i)).isEqualTo(expected.get((i + offset) % messages.size()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
