package dev.comity.bench;

import dev.comity.api.Category;
import dev.comity.api.Finding;
import dev.comity.api.Moderator;
import dev.comity.api.Report;
import dev.comity.api.Span;
import dev.comity.api.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs the public {@link Moderator} over many texts on several threads, and reads the decisions the suites score out of
 * its reports. A message counts as flagged when its verdict reaches review (the policy's thresholds); its score for
 * ROC-AUC and curves is the report's score; predicted spans are the spans of all its findings.
 */
final class Scoring implements AutoCloseable {
  private static final int CHUNK = 64;
  private final ExecutorService pool;

  Scoring(int threads) {
    pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "bench-scoring");
      t.setDaemon(true);
      return t;
    });
  }

  /** {@code moderator.check} of each text, in input order. */
  List<Report> check(Moderator moderator, List<String> texts) {
    return map(texts, moderator::check);
  }

  /** {@code f} applied to each item on the pool, results in input order. */
  <T, R> List<R> map(List<T> items, Function<T, R> f) {
    List<Future<List<R>>> futures = new ArrayList<>();
    for (int from = 0; from < items.size(); from += CHUNK) {
      List<T> chunk = items.subList(from, Math.min(items.size(), from + CHUNK));
      futures.add(pool.submit(() -> chunk.stream().map(f).toList()));
    }
    List<R> out = new ArrayList<>(items.size());
    try {
      for (Future<List<R>> future : futures) {
        out.addAll(future.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("scoring failed: " + e.getCause(), e.getCause());
    }
    return out;
  }

  static boolean flagged(Report r) {
    return r.verdict().atLeast(Verdict.REVIEW);
  }

  static double categoryScore(Report r, Category c) {
    return r.categories().getOrDefault(c, 0.0);
  }

  static List<Span> spans(Report r) {
    return r.findings().stream().map(Finding::span).toList();
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
