package dev.comity.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.comity.api.Finding;
import dev.comity.api.Message;
import dev.comity.api.Report;
import dev.comity.mail.MailReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * False-positive rate on real technical mail: every message of an unlabeled mailing-list archive (R-devel) is taken as
 * civil, so the rate is an upper bound (a few real messages are heated). Flagged messages are written to {@code
 * out/<suite>/flagged.jsonl} for a person to review; the archive has no redistribution grant, so that file stays local.
 */
final class FalsePositiveSuite {
  private static final int BATCH = 512;

  private FalsePositiveSuite() {}

  static void run(Suite suite, SuiteContext ctx, SuiteResult result) throws IOException {
    String folder = suite.options().path("folder").asText("r-devel-archive");
    if (ctx.data().isEmpty() || !Files.isDirectory(ctx.data().get().resolve(folder))) {
      String line = "skipped " + folder + ": not in " + ctx.data().map(Path::toString).orElse("(no data directory)")
          + "; get the pipermail archives (*.txt.gz) of a technical mailing list into that folder";
      ctx.log().println("  " + line);
      result.notes.add(line);
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(ctx.data().get().resolve(folder))) {
      files = walk.filter(p -> p.toString().endsWith(".gz")).sorted().toList();
    }
    Path outDir = Files.createDirectories(ctx.out().resolve(suite.name()));
    ObjectMapper json = new ObjectMapper();
    long total = 0;
    long flagged = 0;
    Map<String, Integer> byRule = new TreeMap<>();
    Map<String, Integer> byCategory = new TreeMap<>();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    try (Writer w = Files.newBufferedWriter(outDir.resolve("flagged.jsonl"), StandardCharsets.UTF_8);
        SequenceWriter out = json.writer().withRootValueSeparator("\n").writeValues(w)) {
      for (Path file : files) {
        List<Message> batch = new ArrayList<>();
        try (Stream<Message> messages = MailReader.messages(file)) {
          for (java.util.Iterator<Message> it = messages.iterator(); it.hasNext(); ) {
            batch.add(it.next());
            if (batch.size() == BATCH || !it.hasNext()) {
              List<Report> reports = ctx.scoring().map(batch, ctx.moderator()::check);
              for (int i = 0; i < batch.size(); i++) {
                total++;
                Report r = reports.get(i);
                if (Scoring.flagged(r)) {
                  flagged++;
                  out.write(flaggedRecord(json, ctx.data().get().relativize(file), batch.get(i), r));
                  r.findings().stream().map(Finding::rule).distinct().forEach(id -> byRule.merge(id, 1, Integer::sum));
                  r.categories().keySet().forEach(c -> byCategory.merge(c.id(), 1, Integer::sum));
                }
              }
              batch.clear();
            }
          }
        } catch (UncheckedIOException e) {
          // a truncated or corrupt archive: what was read is counted, the rest of the file is reported, as scan does
          result.notes.add("could not read all of " + file + ": " + e.getCause().getMessage());
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    double fpr = total == 0 ? Double.NaN : (double) flagged / total;
    result.metrics.add(Metric.lower(folder + "/fp_rate", fpr));
    result.metrics.add(Metric.info(folder + "/messages", total));
    result.table("Flagged messages (verdict at least review) in " + folder, "messages", "flagged", "FP rate (upper bound)",
        "files", "seconds (in-process, " + ctx.threads() + " threads)", "peak heap MB")
        .row(total, flagged, fpr, files.size(), String.format(java.util.Locale.ROOT, "%.1f", seconds),
            peakHeap / (1 << 20));
    Table rules = result.table("Rules behind the flags (messages per rule, most first; review in "
        + ctx.out().relativize(outDir.resolve("flagged.jsonl")) + ")", "rule", "messages");
    byRule.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
        .forEach(e -> rules.row(e.getKey(), e.getValue()));
    Table cats = result.table("Categories behind the flags", "category", "messages", "rate");
    long messages = total;
    byCategory.forEach((c, n) -> cats.row(c, n, (double) n / messages));
  }

  private static ObjectNode flaggedRecord(ObjectMapper json, Path file, Message m, Report r) {
    ObjectNode o = json.createObjectNode();
    o.put("file", file.toString());
    o.put("id", m.id().orElse(""));
    o.put("verdict", r.verdict().id());
    o.put("score", r.score());
    var findings = o.putArray("findings");
    for (Finding f : r.findings()) {
      findings.addObject().put("rule", f.rule()).put("category", f.category().id()).put("text", f.text())
          .put("start", f.span().start()).put("end", f.span().end());
    }
    o.put("text", m.text());
    return o;
  }
}
