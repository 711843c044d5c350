package dev.comity.bench;

import com.google.common.html.HtmlEscapers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes {@code report.md} (tables and notes) and {@code report.html} (the same, plus inline SVG charts). */
final class ReportWriter {
  private ReportWriter() {}

  static void write(Path out, List<SuiteResult> results, String header, List<String> checkLines) throws IOException {
    StringBuilder md = new StringBuilder("# Comity benchmark report\n\n").append(header).append('\n');
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Comity benchmark report</title><style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;"
        + "color:#222}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;"
        + "font-size:13px}th{background:#eee}td.n{text-align:right}.note{color:#555}svg{margin:1em 0}</style>"
        + "</head><body>\n<h1>Comity benchmark report</h1>\n");
    for (String line : header.split("\n")) {
      html.append("<p>").append(esc(line.replaceFirst("^- ", ""))).append("</p>\n");
    }
    if (!checkLines.isEmpty()) {
      md.append("\n## Check against baselines\n\n");
      html.append("<h2>Check against baselines</h2>\n<ul>\n");
      for (String line : checkLines) {
        md.append("- ").append(line).append('\n');
        html.append("<li>").append(esc(line)).append("</li>\n");
      }
      html.append("</ul>\n");
    }
    for (SuiteResult r : results) {
      String title = r.suite.name() + String.format(Locale.ROOT, " (%.1f s)", r.seconds);
      md.append("\n## ").append(title).append("\n\n").append(r.suite.description()).append('\n');
      html.append("<h2>").append(esc(title)).append("</h2>\n<p>").append(esc(r.suite.description())).append("</p>\n");
      for (String note : r.notes) {
        md.append("\n- ").append(note);
        html.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
      }
      md.append('\n');
      for (Table t : r.tables) {
        markdown(md, t);
        html(html, t);
      }
      for (Chart c : r.charts) {
        html.append(Charts.svg(c)).append('\n');
      }
    }
    html.append("</body></html>\n");
    Files.writeString(out.resolve("report.md"), md, StandardCharsets.UTF_8);
    Files.writeString(out.resolve("report.html"), html, StandardCharsets.UTF_8);
  }

  private static void markdown(StringBuilder md, Table t) {
    md.append("\n**").append(t.title).append("**\n\n| ").append(String.join(" | ", t.header)).append(" |\n|");
    t.header.forEach(h -> md.append("---|"));
    md.append('\n');
    for (List<String> row : t.rows) {
      md.append("| ").append(String.join(" | ", row.stream().map(c -> c.replace("|", "\\|")).toList())).append(" |\n");
    }
  }

  private static void html(StringBuilder html, Table t) {
    html.append("<table><caption>").append(esc(t.title)).append("</caption><tr>");
    t.header.forEach(h -> html.append("<th>").append(esc(h)).append("</th>"));
    html.append("</tr>\n");
    for (List<String> row : t.rows) {
      html.append("<tr>");
      for (String c : row) {
        boolean number = !c.isEmpty() && (Character.isDigit(c.charAt(0)) || c.equals("n/a"));
        html.append(number ? "<td class=\"n\">" : "<td>").append(esc(c)).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</table>\n");
  }

  private static String esc(String s) {
    return HtmlEscapers.htmlEscaper().escape(s);
  }
}
