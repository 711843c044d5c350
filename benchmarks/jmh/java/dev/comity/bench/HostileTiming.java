package dev.comity.bench;

import dev.comity.HostileInputs;
import dev.comity.api.Moderator;
import dev.comity.api.Report;
import dev.comity.mail.MailParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times every input of the hostile corpus ({@link HostileInputs}) at growing sizes and prints milliseconds per MB, so
 * that an input whose cost grows faster than its size shows as a rising ms/MB. Texts go through
 * {@code Moderator.check} with no size or line limit (the worst case: everything is scored); mails through
 * {@code MailParser.parse} and then the moderator with its default limit, as {@code comity scan} reads them.
 *
 * <pre>
 * java -cp ... dev.comity.bench.HostileTiming [SIZE_MB...]     (default 1 4 16; see benchmarks/README.md)
 * </pre>
 *
 * Each figure is the best of three runs after one warm-up run at the smallest size. An input that takes more than
 * {@link #BUDGET_MS} at one size is not run at the larger ones; one that fails prints the error.
 */
public final class HostileTiming {
  private static final long BUDGET_MS = 20_000;

  private HostileTiming() {}

  public static void main(String[] args) {
    List<Double> sizes = new ArrayList<>();
    for (String a : args.length == 0 ? new String[] {"1", "4", "16"} : args) {
      sizes.add(Double.parseDouble(a));
    }
    Moderator unlimited =
        Moderator.builder().maxChars(Integer.MAX_VALUE - 16).maxLineChars(Integer.MAX_VALUE).build();
    Moderator defaults = Moderator.builder().build();
    System.out.printf("%-22s %10s %10s %10s%n", "input", "MB", "ms", "ms/MB");
    double worst = 0;
    String worstName = "";
    List<Row> rows = new ArrayList<>();
    for (HostileInputs.Text t : HostileInputs.TEXTS) {
      rows.add(new Row(t.name(), size -> {
        String text = t.of(size);
        return new Run(text.getBytes(StandardCharsets.UTF_8).length, () -> unlimited.check(text));
      }));
    }
    for (HostileInputs.Mail m : HostileInputs.MAILS) {
      rows.add(new Row(m.name(), size -> {
        byte[] raw = m.of(size);
        return new Run(raw.length, () -> defaults.check(MailParser.parse(raw)));
      }));
    }
    for (Row row : rows) {
      long previous = 0;
      for (int i = 0; i < sizes.size(); i++) {
        if (previous > BUDGET_MS) {
          System.out.printf("%-22s %10s  skipped: over %d ms at the previous size%n", row.name, sizes.get(i), BUDGET_MS);
          continue;
        }
        Run run = row.input.make((int) (sizes.get(i) * 1_000_000));
        try {
          if (i == 0) {
            run.work.get();
          }
          long best = Long.MAX_VALUE;
          for (int k = 0; k < 3 && (k == 0 || best < BUDGET_MS); k++) {
            long start = System.nanoTime();
            run.work.get();
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
          }
          double mb = run.bytes / 1e6;
          double perMb = best / mb;
          System.out.printf("%-22s %10.2f %10d %10.1f%n", row.name, mb, best, perMb);
          if (perMb > worst) {
            worst = perMb;
            worstName = row.name + " at " + String.format("%.2f", mb) + " MB";
          }
          previous = best;
        } catch (Throwable e) {
          System.out.printf("%-22s %10.2f  error: %s%n", row.name, run.bytes / 1e6, e);
          previous = Long.MAX_VALUE;
        }
      }
    }
    System.out.printf("worst: %.1f ms/MB (%s)%n", worst, worstName);
  }

  private record Run(int bytes, Supplier<Report> work) {}

  private interface Input {
    Run make(int size);
  }

  private record Row(String name, Input input) {}
}
