package dev.comity.thread;

import dev.comity.api.Evidence;
import dev.comity.api.Span;
import dev.comity.api.ThreadSignal;
import dev.comity.spi.ThreadAnalyzer;
import dev.comity.spi.ThreadContext;
import dev.comity.spi.ThreadPost;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code near_duplicates}: near-identical wording from different authors. Each message's own prose ({@link PostText})
 * becomes the set of its 3-word shingles (lower-cased words); a 64-value MinHash signature estimates the Jaccard
 * similarity of two sets, and locality-sensitive hashing (16 bands of 4 rows) finds the candidate pairs, so the cost
 * grows with the number of messages, not pairs. Pairs by different authors with estimated similarity >= {@link
 * #SIMILARITY} are joined into groups.
 *
 * <p>Score = clamp((c - 1) / 4), c = distinct authors in the largest group: two authors 0.25, five or more 1. Messages
 * with fewer than {@link #MIN_SHINGLES} shingles (a "+1", "thanks") are not compared.
 */
final class NearDuplicateAnalyzer implements ThreadAnalyzer {
  static final String KIND = "near_duplicates";
  static final int SHINGLE = 3;
  static final int MIN_SHINGLES = 5;
  static final int HASHES = 64;
  static final int BANDS = 16;
  static final double SIMILARITY = 0.5;
  private static final long[] SEEDS = new long[HASHES];

  static {
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      s = mix(s + i);
      SEEDS[i] = s;
    }
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<ThreadSignal> analyze(ThreadContext context) {
    List<ThreadPost> posts = context.posts();
    List<long[]> signatures = new ArrayList<>();
    List<PostText> texts = new ArrayList<>();
    for (ThreadPost p : posts) {
      PostText text = PostText.of(p.message().text());
      texts.add(text);
      signatures.add(signature(text));
    }
    int[] parent = new int[posts.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    int rows = HASHES / BANDS;
    for (int b = 0; b < BANDS; b++) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < posts.size(); i++) {
        long[] sig = signatures.get(i);
        if (sig == null) {
          continue;
        }
        long h = b;
        for (int r = 0; r < rows; r++) {
          h = mix(h * 31 + sig[b * rows + r]);
        }
        List<Integer> bucket = buckets.computeIfAbsent(h, k -> new ArrayList<>());
        for (int j : bucket) {
          if (!posts.get(i).authorKey().equals(posts.get(j).authorKey())
              && similarity(sig, signatures.get(j)) >= SIMILARITY) {
            union(parent, i, j);
          }
        }
        bucket.add(i);
      }
    }
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < posts.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<Integer> best = List.of();
    int bestAuthors = 1;
    for (List<Integer> g : groups.values()) {
      int authors = distinctAuthors(posts, g);
      if (authors > bestAuthors || (authors == bestAuthors && authors > 1 && g.get(0) < best.get(0))) {
        best = g;
        bestAuthors = authors;
      }
    }
    if (bestAuthors < 2) {
      return List.of();
    }
    List<Evidence> evidence = new ArrayList<>();
    Instant start = posts.get(best.get(0)).time();
    Instant end = start;
    for (int i : best) {
      ThreadPost p = posts.get(i);
      start = p.time().isBefore(start) ? p.time() : start;
      end = p.time().isAfter(end) ? p.time() : end;
      evidence.add(Signals.evidence(p, texts.get(i).prose(), "near-identical wording"));
    }
    double score = (bestAuthors - 1) / 4.0;
    String explanation = bestAuthors + " different authors posted near-identical text (" + best.size()
        + " messages, estimated word-shingle overlap >= " + Signals.format(SIMILARITY) + ")";
    return List.of(Signals.signal(KIND, score, start, end, evidence, explanation));
  }

  private static int distinctAuthors(List<ThreadPost> posts, List<Integer> group) {
    Set<String> authors = new HashSet<>();
    group.forEach(i -> authors.add(posts.get(i).authorKey()));
    return authors.size();
  }

  /** The MinHash signature of the text's shingles, or null when it has too few to compare. */
  static long[] signature(PostText text) {
    List<Span> words = text.words();
    if (words.size() - SHINGLE + 1 < MIN_SHINGLES) {
      return null;
    }
    long[] wordHashes = new long[words.size()];
    for (int i = 0; i < words.size(); i++) {
      wordHashes[i] = mix(words.get(i).coveredText(text.text()).toLowerCase(Locale.ROOT).hashCode());
    }
    long[] sig = new long[HASHES];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= wordHashes.length; i++) {
      long shingle = 0;
      for (int j = 0; j < SHINGLE; j++) {
        shingle = mix(shingle * 0x100000001B3L + wordHashes[i + j]);
      }
      for (int h = 0; h < HASHES; h++) {
        long v = mix(shingle ^ SEEDS[h]);
        if (v < sig[h]) {
          sig[h] = v;
        }
      }
    }
    return sig;
  }

  static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  /** SplitMix64's finalizer: a cheap, well-mixed 64-bit hash. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }
}
