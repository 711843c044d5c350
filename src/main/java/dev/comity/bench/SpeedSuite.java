package dev.comity.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * End-to-end speed of the real command line, each run in a fresh JVM on this classpath: {@code comity scan --format
 * jsonl} over a whole mail archive with 1 and N threads (messages/s, MB/s of uncompressed mbox, peak heap from the
 * JVM's own GC log, peak RSS), and the
 * start-up time of {@code comity check} on one short message. Medians of the configured runs. Micro-benchmarks
 * (normalization, lexicon matching, each scorer, the pipeline) are JMH, under {@code -Pjmh}: see benchmarks/README.md.
 * Speed figures are not checked against baselines: the machines they run on are shared and noisy.
 */
final class SpeedSuite {
  private SpeedSuite() {}

  static void run(Suite suite, SuiteContext ctx, SuiteResult result) throws IOException, InterruptedException {
    Machine machine = Machine.current();
    int runs = suite.options().path("runs").asInt(3);
    Table startup = result.table("CLI start-up: `comity check` of one short message (median of " + runs + ")",
        "command", "ms", "machine");
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      ms[i] = launch(List.of("check", "Thanks, merged into main."), ctx.out()).seconds * 1000;
    }
    double startMs = median(ms);
    startup.row("check TEXT", String.format(Locale.ROOT, "%.0f", startMs), machine);
    result.metrics.add(Metric.info("startup/check_ms", startMs));

    String folder = suite.options().path("folder").asText("r-devel-archive");
    if (ctx.data().isEmpty() || !Files.isDirectory(ctx.data().get().resolve(folder))) {
      result.notes.add("skipped scan throughput: no " + folder + " in the data directory");
      return;
    }
    List<String> files;
    try (Stream<Path> walk = Files.walk(ctx.data().get().resolve(folder))) {
      files = walk.filter(p -> p.toString().endsWith(".gz")).sorted().map(Path::toString).toList();
    }
    long bytes = 0;
    for (String f : files) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(f)))) {
        bytes += in.transferTo(java.io.OutputStream.nullOutputStream());
      }
    }
    Table scan = result.table("`comity scan --format jsonl` over " + folder + " (" + files.size() + " files, "
        + String.format(Locale.ROOT, "%.1f", bytes / 1e6) + " MB uncompressed; median of " + runs + ")",
        "threads", "messages", "seconds", "messages/s", "MB/s", "peak heap MB", "peak RSS MB", "machine");
    List<String> labels = new ArrayList<>();
    List<Double> rates = new ArrayList<>();
    for (int threads : new int[] {1, machine.cores()}) {
      List<String> args = new ArrayList<>(List.of("scan", "--format", "jsonl", "--no-progress", "--threads",
          String.valueOf(threads)));
      args.addAll(files);
      Run[] r = new Run[runs];
      for (int i = 0; i < runs; i++) {
        r[i] = launch(args, ctx.out());
        ctx.log().printf(Locale.ROOT, "  scan, %d thread(s): %.1f s%n", threads, r[i].seconds);
      }
      Arrays.sort(r, (a, b) -> Double.compare(a.seconds, b.seconds));
      Run m = r[runs / 2];
      double rate = m.lines / m.seconds;
      scan.row(threads, m.lines, String.format(Locale.ROOT, "%.1f", m.seconds), String.format(Locale.ROOT, "%.0f", rate),
          String.format(Locale.ROOT, "%.1f", bytes / 1e6 / m.seconds), m.peakHeapMb < 0 ? "n/a" : m.peakHeapMb,
          m.peakRssMb < 0 ? "n/a" : m.peakRssMb, machine);
      result.metrics.add(Metric.info("scan/threads_" + threads + "/messages_per_s", rate));
      result.metrics.add(Metric.info("scan/threads_" + threads + "/mb_per_s", bytes / 1e6 / m.seconds));
      if (m.peakHeapMb >= 0) {
        result.metrics.add(Metric.info("scan/threads_" + threads + "/peak_heap_mb", m.peakHeapMb));
      }
      labels.add(threads + " thread" + (threads == 1 ? "" : "s"));
      rates.add(rate);
      if (machine.cores() == 1) {
        break;
      }
    }
    result.charts.add(new Chart("scan throughput, messages/s (" + machine + ")", "threads", "messages/s", labels,
        List.of(new Chart.Series("messages/s", new double[0], rates.stream().mapToDouble(d -> d).toArray()))));
  }

  private record Run(double seconds, long lines, long peakHeapMb, long peakRssMb) {}

  /**
   * Runs the CLI in a fresh JVM; counts its output lines; polls its peak resident memory (Linux); reads its peak heap
   * from its GC log (the heap in use when a collection started, the highest it gets).
   */
  private static Run launch(List<String> args, Path out) throws IOException, InterruptedException {
    Path gcLog = out.resolve("speed-gc.log");
    Files.deleteIfExists(gcLog);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xlog:gc:file=" + gcLog,
        "-cp", System.getProperty("java.class.path"), "dev.comity.cli.Main"));
    command.addAll(args);
    Path err = out.resolve("speed-stderr.txt");
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
    long[] lines = {0};
    Thread reader = new Thread(() -> {
      try (InputStream in = p.getInputStream()) {
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) > 0; ) {
          for (int i = 0; i < n; i++) {
            lines[0] += buf[i] == '\n' ? 1 : 0;
          }
        }
      } catch (IOException e) {
        lines[0] = -1;
      }
    });
    reader.start();
    long peakKb = -1;
    Path status = Path.of("/proc", String.valueOf(p.pid()), "status");
    while (!p.waitFor(50, TimeUnit.MILLISECONDS)) {
      peakKb = Math.max(peakKb, vmHwmKb(status));
    }
    reader.join();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (p.exitValue() != 0) {
      throw new IOException("comity " + args.get(0) + " exited with " + p.exitValue() + "; see " + err);
    }
    return new Run(seconds, lines[0], Files.exists(gcLog) ? peakHeapMb(Files.readAllLines(gcLog)) : -1,
        peakKb < 0 ? -1 : peakKb / 1024);
  }

  /**
   * The largest heap in use before a collection, from unified GC log lines such as {@code [0.412s][info][gc] GC(3)
   * Pause Young (Normal) (G1 Evacuation Pause) 301M->52M(512M) 4.1ms}; -1 when no collection ran.
   */
  static long peakHeapMb(List<String> gcLog) {
    long peak = -1;
    for (String line : gcLog) {
      int arrow = line.indexOf("M->");
      int start = arrow;
      while (start > 0 && Character.isDigit(line.charAt(start - 1))) {
        start--;
      }
      if (arrow > start) {
        peak = Math.max(peak, Long.parseLong(line.substring(start, arrow)));
      }
    }
    return peak;
  }

  private static long vmHwmKb(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process just exited, or this is not Linux: no figure rather than a wrong one
    }
    return -1;
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
