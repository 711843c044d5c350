package dev.comity.cli;

import dev.comity.api.Report;
import dev.comity.api.Moderator;
import dev.comity.mail.HeaderRewriter;
import dev.comity.mail.HeaderRewriter.Field;
import dev.comity.mail.MailLimits;
import dev.comity.mail.MailParser;
import dev.comity.mail.MboxReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks the filter's promise on real mail: every message of some mbox archives goes through what {@code comity filter}
 * does to it (parse, score with the bundled lexicons, add the verdict fields) in-process, and the output must be the
 * input with only {@code X-Comity-*} header lines added at the top. Not a unit test: it reads datasets CI does not
 * have. Run after {@code ./mvnw -B package -DskipTests} (which compiles the test classes):
 *
 * <pre>
 * java -cp target/comity.jar:target/test-classes dev.comity.cli.FilterRoundTrip [DIR_OR_MBOX...]
 * </pre>
 *
 * Arguments are mbox files or directories searched for {@code *.gz} and {@code *.mbox}; the default is
 * {@code ../shared/datasets/r-devel-archive}. Prints the counts and the first mismatches; exits 1 on any mismatch, 2
 * when an input is missing.
 */
public final class FilterRoundTrip {
  private static final int SHOWN = 10;

  private FilterRoundTrip() {}

  public static void main(String[] args) throws IOException {
    List<Path> roots = (args.length == 0 ? List.of("../shared/datasets/r-devel-archive") : List.of(args))
        .stream().map(Path::of).toList();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        System.err.println(root + ": no such file or directory (the R-devel archive is in ../shared/datasets)");
        System.exit(2);
      }
    }
    Moderator moderator = Moderator.builder().build();
    long messages = 0;
    long bytes = 0;
    long mismatches = 0;
    long notMessages = 0;
    long start = System.nanoTime();
    for (Path file : archives(roots)) {
      try (MboxReader reader = MboxReader.open(file)) {
        for (MboxReader.RawMessage m = reader.next(); m != null; m = reader.next()) {
          byte[] raw = m.bytes();
          messages++;
          bytes += raw.length;
          List<Field> fields;
          if (HeaderRewriter.looksLikeMessage(raw, raw.length)) {
            MailParser.Parsed parsed = MailParser.parse(raw, MailLimits.DEFAULT);
            Report report = moderator.check(parsed.message());
            fields = FilterCommand.fields(report, parsed.message().text(), parsed.truncated() || report.truncated());
          } else {
            notMessages++;
            fields = List.of(new Field(FilterCommand.ERROR, "not a mail message"));
          }
          String problem = problem(raw, HeaderRewriter.rewrite(raw, raw.length, fields, true));
          if (problem != null && ++mismatches <= SHOWN) {
            System.out.println(file + ":" + m.line() + ": " + problem);
          }
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "%d messages (%.1f MB) from %d roots in %.1f s: %d with only X-Comity-* lines added, %d mismatches"
            + " (%d not starting with a header field, annotated with an error)%n",
        messages, bytes / 1e6, roots.size(), seconds, messages - mismatches, mismatches, notMessages);
    System.exit(mismatches == 0 ? 0 : 1);
  }

  private static List<Path> archives(List<Path> roots) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(p -> p.toString().endsWith(".gz") || p.toString().endsWith(".mbox")).sorted().forEach(files::add);
        }
      } else {
        files.add(root);
      }
    }
    return files;
  }

  /** Why {@code out} is not {@code raw} with header lines added at the top, or null when it is. */
  static String problem(byte[] raw, byte[] out) {
    int added = out.length - raw.length;
    if (added <= 0) {
      return "output is not longer than the input";
    }
    if (!Arrays.equals(out, added, out.length, raw, 0, raw.length)) {
      return "the input does not follow the added lines unchanged";
    }
    String head = new String(out, 0, added, StandardCharsets.US_ASCII);
    if (!head.endsWith("\n")) {
      return "the added lines do not end with a line break";
    }
    for (String line : head.split("\r?\n")) {
      if (!line.startsWith(HeaderRewriter.PREFIX) && !line.startsWith(" ")) {
        return "added a line that is not an X-Comity-* field: " + line;
      }
    }
    return null;
  }
}
