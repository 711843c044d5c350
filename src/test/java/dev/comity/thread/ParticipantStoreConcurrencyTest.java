package dev.comity.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bot and a thread scan share one history: threads recording overlapping posts (the same message arriving twice,
 * as after a restart) and reading at the same time must leave exactly the history one thread would build.
 */
class ParticipantStoreConcurrencyTest {
  private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
  private static final int THREADS = 8;
  private static final int POSTS = 600;

  @TempDir Path dir;

  private record Post(String author, String messageId, Instant time) {}

  private static List<Post> posts() {
    Random random = new Random(20261122);
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < POSTS; i++) {
      String author = "author-" + random.nextInt(40);
      posts.add(new Post(author, "<m" + i + "@lists.example.org>", START.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 30)))));
    }
    return posts;
  }

  private ParticipantStore open(String kind, String name) throws IOException {
    return kind.equals("memory") ? ParticipantStore.inMemory() : ParticipantStore.sqlite(dir.resolve(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "sqlite"})
  void manyThreadsRecordingAndReadingBuildTheSameHistoryAsOne(String kind) throws Exception {
    List<Post> posts = posts();
    try (ParticipantStore single = open(kind, "single.db");
        ParticipantStore shared = open(kind, "shared.db")) {
      posts.forEach(p -> single.record(p.author(), p.messageId(), p.time()));

      AtomicInteger recordedAsNew = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int offset = t;
          // Every thread records every post, each starting at a different place, and reads while it writes.
          futures.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < posts.size(); i++) {
                      Post p = posts.get((i + offset * 75) % posts.size());
                      if (shared.record(p.author(), p.messageId(), p.time())) {
                        recordedAsNew.incrementAndGet();
                      }
                      shared.postsBefore(p.author(), p.time());
                      shared.newcomersBetween(START, p.time());
                    }
                    return null;
                  }));
        }
        for (Future<?> f : futures) {
          f.get();
        }
      } finally {
        pool.shutdown();
      }

      assertThat(recordedAsNew.get()).isEqualTo(POSTS);
      assertThat(shared.size()).isEqualTo(single.size()).isEqualTo(POSTS);
      for (int a = 0; a < 40; a++) {
        String author = "author-" + a;
        assertThat(shared.firstSeen(author)).isEqualTo(single.firstSeen(author));
        for (int day = 0; day <= 30; day += 3) {
          Instant at = START.plus(Duration.ofDays(day));
          assertThat(shared.postsBefore(author, at)).isEqualTo(single.postsBefore(author, at));
        }
      }
      for (int day = 0; day < 30; day += 2) {
        Instant from = START.plus(Duration.ofDays(day));
        Instant to = from.plus(Duration.ofDays(2));
        assertThat(shared.newcomersBetween(from, to)).isEqualTo(single.newcomersBetween(from, to));
        assertThat(shared.postsBetween(from, to)).isEqualTo(single.postsBetween(from, to));
      }
    }
  }
}
