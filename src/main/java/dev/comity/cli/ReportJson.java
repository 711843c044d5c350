package dev.comity.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.comity.api.Category;
import dev.comity.api.Finding;
import dev.comity.api.Report;
import dev.comity.api.ScorerFailure;
import java.io.IOException;
import java.util.Map;

/**
 * Writes {@link Report}s in Comity's stable JSON report format, documented in the README:
 *
 * <pre>{@code
 * {"id": string|null, "verdict": "ok|review|violation", "score": number,
 *  "categories": {category: score}, "findings": [{"rule", "source", "category", "severity", "confidence",
 *  "target", "start", "end", "line", "col", "text", "message"}], "truncated": bool, "failures": [{"scorer", "error"}],
 *  "versions": {scorer: version}, "text": string (optional)}
 * }</pre>
 *
 * Offsets are UTF-16 code units of the message text, {@code end} exclusive; {@code line} and {@code col} give the
 * start again as 1-based line and column, the column counting Unicode code points (as the text report does), for
 * people and for tools that work in lines; scores and confidences have at most four
 * decimals. Streaming only (no object mapper), so it is cheap enough for the scan hot path. Stateless and thread-safe.
 */
public final class ReportJson {
  /**
   * The JSON factory every adapter should write reports with: UTF-8 output with supplementary characters as real
   * 4-byte sequences (lone surrogates, which message text may hold, are escaped) and no separator between root values,
   * so JSONL writers control their own newlines. Thread-safe.
   */
  public static final JsonFactory FACTORY =
      new JsonFactoryBuilder()
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .rootValueSeparator((String) null)
          .build();

  private ReportJson() {}

  /** A pretty printer for reports meant to be read by people: two-space indent, {@code "key": value}. */
  public static DefaultPrettyPrinter prettyPrinter() {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("")
            .withRootSeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  /**
   * Writes one report as a JSON object.
   *
   * @param text the text the report is about, for the findings' lines and columns
   * @param includeText whether to add {@code text} as {@code "text"}
   */
  public static void write(JsonGenerator g, Report report, String text, boolean includeText) throws IOException {
    g.writeStartObject();
    g.writeFieldName("id");
    if (report.id().isPresent()) {
      g.writeString(report.id().get());
    } else {
      g.writeNull();
    }
    g.writeStringField("verdict", report.verdict().id());
    g.writeFieldName("score");
    g.writeNumber(decimal(report.score()));
    g.writeObjectFieldStart("categories");
    for (Map.Entry<Category, Double> e : report.categories().entrySet()) {
      g.writeFieldName(e.getKey().id());
      g.writeNumber(decimal(e.getValue()));
    }
    g.writeEndObject();
    g.writeArrayFieldStart("findings");
    LineCursor cursor = new LineCursor(text);
    for (Finding f : report.findings()) {
      cursor.moveTo(f.span().start());
      g.writeStartObject();
      g.writeStringField("rule", f.rule());
      g.writeStringField("source", f.source());
      g.writeStringField("category", f.category().id());
      g.writeStringField("severity", f.severity().id());
      g.writeFieldName("confidence");
      g.writeNumber(decimal(f.confidence()));
      g.writeStringField("target", f.target().id());
      g.writeNumberField("start", f.span().start());
      g.writeNumberField("end", f.span().end());
      g.writeNumberField("line", cursor.line());
      g.writeNumberField("col", cursor.column());
      g.writeStringField("text", f.text());
      g.writeStringField("message", f.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeBooleanField("truncated", report.truncated());
    g.writeArrayFieldStart("failures");
    for (ScorerFailure failure : report.failures()) {
      g.writeStartObject();
      g.writeStringField("scorer", failure.scorer());
      g.writeStringField("error", failure.error());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("versions");
    for (Map.Entry<String, String> e : report.versions().entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    if (includeText) {
      g.writeStringField("text", text);
    }
    g.writeEndObject();
  }

  /**
   * A non-negative score or confidence rounded to at most four decimals, with at least one: {@code 0.0}, {@code 0.59},
   * {@code 0.8555}, {@code 1.0}. Used for JSON numbers and human output alike, so both show the same value.
   */
  public static String decimal(double value) {
    long scaled = Math.round(value * 10_000.0);
    long whole = scaled / 10_000;
    int fraction = (int) (scaled % 10_000);
    if (fraction == 0) {
      return whole + ".0";
    }
    String digits = Integer.toString(10_000 + fraction).substring(1);
    int end = digits.length();
    while (digits.charAt(end - 1) == '0') {
      end--;
    }
    return whole + "." + digits.substring(0, end);
  }
}
