package dev.comity.cli;

import dev.comity.api.Message;
import dev.comity.api.Moderator;
import dev.comity.api.Report;
import dev.comity.api.ThreadReport;
import dev.comity.api.ThreadSignal;
import dev.comity.bench.DataDirectory;
import dev.comity.thread.AuthorKeys;
import dev.comity.thread.Conversation;
import dev.comity.thread.ParticipantStore;
import dev.comity.thread.ThreadAnalysis;
import dev.comity.thread.ThreadReportText;
import dev.comity.thread.Threader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code comity thread-eval}: false alarms of the thread analysis on the untouched threads of real mailing-list
 * archives, and its recall on synthetic brigades ({@link BrigadeGenerator}) injected into real R-devel threads.
 */
@Command(
    name = "thread-eval",
    description = {
      "Evaluates brigading and pile-on detection on the R-devel archives under DATA/r-devel-archive: the alert rate on"
          + " every untouched thread of each list (false alarms per 10,000 threads), then recall on synthetic"
          + " brigades generated from templates and injected into random real R-devel threads, by brigade size; then"
          + " how the signals rank GitHub threads locked as too heated against controls (context, not ground truth).",
      "A thread alerts when its brigading or pile_on verdict reaches 0.5."
    })
final class ThreadEvalCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Dataset directory (default: ../shared/datasets when it exists).")
  private Path data;

  @Option(names = "--sizes", split = ",", paramLabel = "N",
      description = "Brigade sizes to inject (default: 2,3,4,6,8,12,16).")
  private List<Integer> sizes = List.of(2, 3, 4, 6, 8, 12, 16);

  @Option(names = "--trials", paramLabel = "N", description = "Injected brigades per size (default: 200).")
  private int trials = 200;

  @Option(names = "--window-hours", paramLabel = "H", description = "Brigade window in hours (default: 24).")
  private int windowHours = 24;

  @Option(names = "--newcomer-share", paramLabel = "X", description = "Share of new identities (default: 1).")
  private double newcomerShare = 1.0;

  @Option(names = "--duplicate-share", paramLabel = "X",
      description = "Share of messages following one script (default: 0.5).")
  private double duplicateShare = 0.5;

  @Option(names = "--link-share", paramLabel = "X",
      description = "Probability that a brigade carries a social-platform link (default: 0.5).")
  private double linkShare = 0.5;

  @Option(names = "--target", paramLabel = "WHO", description = "root (default) or random: the post attacked.")
  private BrigadeGenerator.Target target = BrigadeGenerator.Target.ROOT;

  @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: 1).")
  private long seed = 1;

  @Option(names = "--show-alerts", description = "Print the report of every untouched thread that alerts.")
  private boolean showAlerts;

  @Option(names = "--skip-heated", description = "Skip the too-heated and locked-issues comparison.")
  private boolean skipHeated;

  @Mixin private ModeratorOptions options;

  ThreadEvalCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Path archive = dataDir().resolve("r-devel-archive");
    if (!Files.isDirectory(archive)) {
      throw new InputException(List.of(archive + ": no r-devel-archive directory; pass --data DIR"));
    }
    Moderator moderator = options.moderator(context);
    PrintWriter out = new PrintWriter(context.stdout(), true, StandardCharsets.UTF_8);
    out.printf(Locale.ROOT, "brigade parameters: window %dh, newcomer share %.2f, duplicate share %.2f, link share"
        + " %.2f, target %s, %d trials per size, seed %d%n", windowHours, newcomerShare, duplicateShare, linkShare,
        target.name().toLowerCase(Locale.ROOT), trials, seed);
    long totalThreads = 0;
    long totalAlerts = 0;
    for (String list : List.of("r-devel", "r-package-devel")) {
      Path dir = archive.resolve(list);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      long t0 = System.nanoTime();
      Corpus corpus = Corpus.load(dir, moderator);
      ThreadAnalysis analysis = ThreadAnalysis.of(Clock.systemUTC());
      List<ThreadReport> reports = corpus.conversations.parallelStream().map(c -> corpus.analyze(analysis, c)).toList();
      Map<String, Integer> fired = new TreeMap<>();
      int alerts = 0;
      for (ThreadReport r : reports) {
        List<ThreadSignal> a = ThreadAnalysis.alerts(r);
        if (!a.isEmpty()) {
          alerts++;
          if (showAlerts) {
            out.print(ThreadReportText.format(r));
          }
        }
        r.signals().stream().filter(s -> s.score() >= ThreadAnalysis.ALERT_THRESHOLD)
            .forEach(s -> fired.merge(s.kind(), 1, Integer::sum));
      }
      totalThreads += reports.size();
      totalAlerts += alerts;
      out.printf(Locale.ROOT, "%s: %d messages, %d threads, %d alerting threads = %.2f false alarms per 10,000"
          + " threads (%.0f s)%n", list, corpus.messages.size(), reports.size(), alerts,
          alerts * 10_000.0 / reports.size(), (System.nanoTime() - t0) / 1e9);
      out.println("  threads with a signal >= 0.5: " + fired);
      for (String verdict : List.of(ThreadAnalysis.BRIGADING, ThreadAnalysis.PILE_ON)) {
        out.println("  highest " + verdict + " scores: " + reports.stream().mapToDouble(r -> r.score(verdict))
            .boxed().sorted(Comparator.reverseOrder()).limit(5)
            .map(x -> String.format(Locale.ROOT, "%.3f", x)).toList());
      }
      if (list.equals("r-devel")) {
        inject(out, corpus, analysis, moderator);
      }
    }
    out.printf(Locale.ROOT, "all lists: %d threads, %d alerting = %.2f false alarms per 10,000 threads%n",
        totalThreads, totalAlerts, totalThreads == 0 ? 0.0 : totalAlerts * 10_000.0 / totalThreads);
    if (!skipHeated) {
      HeatedThreads.evaluate(dataDir(), moderator, out);
    }
    out.flush();
    return 0;
  }

  private void inject(PrintWriter out, Corpus corpus, ThreadAnalysis analysis, Moderator moderator) {
    Instant first = corpus.messages.stream().flatMap(m -> m.timestamp().stream()).min(Instant::compareTo).orElseThrow();
    Instant earliest = first.plus(Duration.ofDays(180));
    List<Conversation> candidates = corpus.conversations.stream()
        .filter(c -> c.posts().stream().anyMatch(p -> p.message().timestamp().filter(earliest::isBefore).isPresent()))
        .toList();
    Map<String, Integer> counts = new HashMap<>();
    corpus.messages.forEach(m -> m.author().ifPresent(a -> counts.merge(a, 1, Integer::sum)));
    List<String> regulars = counts.entrySet().stream().filter(e -> e.getValue() >= 10).map(Map.Entry::getKey)
        .sorted().toList();
    out.printf(Locale.ROOT, "injected brigades into %d candidate R-devel threads (regular authors to draw from: %d)%n",
        candidates.size(), regulars.size());
    out.println("  size  recall  brigading  pile_on  mean brigading score");
    for (int size : sizes) {
      BrigadeGenerator.Params params = new BrigadeGenerator.Params(size, Duration.ofHours(windowHours),
          newcomerShare, duplicateShare, linkShare, target);
      List<ThreadReport> results = IntStream.range(0, trials).parallel().mapToObj(t -> {
        Random rng = new Random(seed * 1_000_003L + size * 10_007L + t);
        Conversation thread = candidates.get(rng.nextInt(candidates.size()));
        List<Message> brigade = BrigadeGenerator.generate(thread, params, regulars, rng);
        List<Message> combined = new ArrayList<>();
        thread.posts().forEach(p -> combined.add(p.message()));
        combined.addAll(brigade);
        Map<Message, Report> reports = new IdentityHashMap<>();
        brigade.forEach(m -> reports.put(m, moderator.check(m)));
        Conversation injected = Threader.thread(combined, ThreadCommand.SUBJECT_WINDOW).stream()
            .filter(c -> c.posts().stream().anyMatch(p -> p.message() == brigade.get(0)))
            .findFirst().orElseThrow();
        return analysis.analyze(injected,
            p -> reports.containsKey(p.message()) ? reports.get(p.message()) : corpus.reports.get(p.message()),
            corpus.store, corpus.keys);
      }).toList();
      long detected = results.stream().filter(r -> !ThreadAnalysis.alerts(r).isEmpty()).count();
      long brigading = results.stream().filter(r -> r.score(ThreadAnalysis.BRIGADING) >= 0.5).count();
      long pileOn = results.stream().filter(r -> r.score(ThreadAnalysis.PILE_ON) >= 0.5).count();
      double mean = results.stream().mapToDouble(r -> r.score(ThreadAnalysis.BRIGADING)).average().orElse(0);
      out.printf(Locale.ROOT, "  %4d  %5.1f%%  %8.1f%%  %6.1f%%  %.3f%n", size, 100.0 * detected / trials,
          100.0 * brigading / trials, 100.0 * pileOn / trials, mean);
    }
  }

  private Path dataDir() {
    try {
      return DataDirectory.resolve(data);
    } catch (NoSuchFileException e) {
      throw new InputException(e.getMessage(), e);
    }
  }

  /** One list's archive: messages, their reports, the participant history and the threads. */
  private record Corpus(List<Message> messages, Map<Message, Report> reports, ParticipantStore store, AuthorKeys keys,
      List<Conversation> conversations) {
    static Corpus load(Path dir, Moderator moderator) {
      List<Message> messages = ThreadCorpus.read(ThreadCorpus.files(List.of(dir.toString())));
      AuthorKeys keys = AuthorKeys.random();
      ParticipantStore store = ParticipantStore.inMemory();
      ThreadCorpus.record(store, keys, messages);
      return new Corpus(messages, ThreadCorpus.score(moderator, messages), store, keys,
          Threader.thread(messages, ThreadCommand.SUBJECT_WINDOW));
    }

    ThreadReport analyze(ThreadAnalysis analysis, Conversation c) {
      return analysis.analyze(c, p -> reports.get(p.message()), store, keys);
    }
  }
}
