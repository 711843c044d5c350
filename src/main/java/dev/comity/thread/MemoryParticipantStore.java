package dev.comity.thread;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Participant history in memory. Posts are appended unsorted; the first query after a change sorts them once, so
 * building a history from an archive and then querying it for every thread costs one sort, not one per post.
 */
final class MemoryParticipantStore implements ParticipantStore {
  private final Set<String> messages = new HashSet<>();
  private final Map<String, Times> byAuthor = new HashMap<>();
  private final Times all = new Times();
  private long[] firsts;

  @Override
  public synchronized boolean record(String authorKey, String messageKey, Instant time) {
    requireNonNull(authorKey, "authorKey");
    requireNonNull(time, "time");
    if (!messages.add(requireNonNull(messageKey, "messageKey"))) {
      return false;
    }
    long t = time.toEpochMilli();
    byAuthor.computeIfAbsent(authorKey, k -> new Times()).add(t);
    all.add(t);
    firsts = null;
    return true;
  }

  @Override
  public synchronized long size() {
    return all.size;
  }

  @Override
  public synchronized int postsBefore(String authorKey, Instant time) {
    Times times = byAuthor.get(authorKey);
    return times == null ? 0 : times.before(time.toEpochMilli());
  }

  @Override
  public synchronized Optional<Instant> firstSeen(String authorKey) {
    Times times = byAuthor.get(authorKey);
    return times == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(times.sorted()[0]));
  }

  @Override
  public synchronized int newcomersBetween(Instant from, Instant to) {
    if (firsts == null) {
      firsts = byAuthor.values().stream().mapToLong(t -> t.sorted()[0]).sorted().toArray();
    }
    return count(firsts, firsts.length, from.toEpochMilli(), to.toEpochMilli());
  }

  @Override
  public synchronized int postsBetween(Instant from, Instant to) {
    return count(all.sorted(), all.size, from.toEpochMilli(), to.toEpochMilli());
  }

  @Override
  public void close() {}

  private static int count(long[] sorted, int size, long from, long to) {
    return to <= from ? 0 : lowerBound(sorted, size, to) - lowerBound(sorted, size, from);
  }

  /** Index of the first element not less than {@code t}. */
  private static int lowerBound(long[] sorted, int size, long t) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** A growing list of epoch milliseconds, sorted on demand. */
  private static final class Times {
    private long[] values = new long[2];
    private int size;
    private boolean sorted = true;

    void add(long t) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      sorted &= size == 0 || values[size - 1] <= t;
      values[size++] = t;
    }

    long[] sorted() {
      if (!sorted) {
        Arrays.sort(values, 0, size);
        sorted = true;
      }
      return values;
    }

    int before(long t) {
      return lowerBound(sorted(), size, t);
    }
  }
}
