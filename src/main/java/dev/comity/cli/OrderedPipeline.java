package dev.comity.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs work items through a thread pool and hands the results on in input order, with bounded memory.
 *
 * <p>A reader thread pulls items from the source and submits each to the pool; their futures go, in order, into a
 * queue of fixed capacity that the calling thread drains, waiting on each future in turn. When the consumer falls
 * behind the queue fills and the reader blocks, so at most {@code window} items are read ahead whatever the input's
 * size, and the output order is the input order however many threads finish early.
 */
final class OrderedPipeline {
  /** Where items come from; called on the reader thread only. */
  interface Source<T> {
    /** The next item, or {@code null} at the end. */
    T next() throws IOException;
  }

  /** Where results go; called on the calling thread only, in input order. */
  interface Sink<R> {
    void accept(R result) throws IOException;
  }

  private OrderedPipeline() {}

  /**
   * Processes every item of {@code source} with {@code work} on {@code threads} threads and passes the results to
   * {@code sink} in source order. Returns when all are consumed; on the first failure (of the source, of {@code work}
   * or of the sink) stops reading and rethrows it.
   *
   * @param window how many items may be read ahead of the sink, at least 1
   */
  static <T, R> void run(Source<T> source, Function<T, R> work, Sink<R> sink, int threads, int window)
      throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads("comity-worker-"));
    BlockingQueue<Future<R>> queue = new ArrayBlockingQueue<>(window);
    Future<R> end = new CompletableFuture<>();
    Thread reader =
        daemonThreads("comity-reader-")
            .newThread(
                () -> {
                  try {
                    for (T item = source.next(); item != null; item = source.next()) {
                      T current = item;
                      queue.put(pool.submit(() -> work.apply(current)));
                    }
                    queue.put(end);
                  } catch (InterruptedException e) {
                    // The consumer failed and stopped the run; nothing is waiting for more items.
                  } catch (IOException | RuntimeException | Error e) {
                    try {
                      queue.put(CompletableFuture.failedFuture(e));
                    } catch (InterruptedException stopped) {
                      // As above: nobody is left to report to.
                    }
                  }
                });
    reader.start();
    try {
      for (Future<R> next = queue.take(); next != end; next = queue.take()) {
        sink.accept(next.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while scanning");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw (Error) cause;
    } finally {
      reader.interrupt();
      pool.shutdownNow();
    }
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + count.incrementAndGet());
      // Daemon threads never keep the JVM alive if a run is abandoned half-way.
      t.setDaemon(true);
      return t;
    };
  }
}
