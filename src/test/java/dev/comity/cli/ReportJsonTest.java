package dev.comity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comity.api.Category;
import dev.comity.api.Finding;
import dev.comity.api.Report;
import dev.comity.api.Severity;
import dev.comity.api.Span;
import dev.comity.api.Target;
import dev.comity.api.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
  private static String json(Report report, String text, boolean includeText) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = ReportJson.FACTORY.createGenerator(out)) {
      ReportJson.write(g, report, text, includeText);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Report report(String text, int start, int end) {
    Finding f = new Finding("en/insult/idiot", "lexicon", Category.INSULT, Severity.HIGH, 0.95, Target.PERSON,
        new Span(start, end), text.substring(start, end), "Name-calling.");
    return new Report(Optional.of("m1"), Verdict.VIOLATION, 0.855, Map.of(Category.INSULT, 0.855), List.of(f), false,
        List.of(), Map.of("lexicon", "2026.11.22"));
  }

  @Test
  void writesEveryFieldInTheDocumentedOrder() throws IOException {
    assertThat(json(report("an idiot", 3, 8), "an idiot", false)).isEqualTo(
        "{\"id\":\"m1\",\"verdict\":\"violation\",\"score\":0.855,\"categories\":{\"insult\":0.855},"
            + "\"findings\":[{\"rule\":\"en/insult/idiot\",\"source\":\"lexicon\",\"category\":\"insult\","
            + "\"severity\":\"high\",\"confidence\":0.95,\"target\":\"person\",\"start\":3,\"end\":8,\"line\":1,\"col\":4,"
            + "\"text\":\"idiot\",\"message\":\"Name-calling.\"}],\"truncated\":false,\"failures\":[],"
            + "\"versions\":{\"lexicon\":\"2026.11.22\"}}");
  }

  @Test
  void writesNullForAMissingIdAndTheTextLastWhenGiven() throws IOException {
    Report r = new Report(Optional.empty(), Verdict.OK, 0.0, Map.of(), List.of(), false, List.of(), Map.of());

    assertThat(json(r, "hi", true)).startsWith("{\"id\":null,").endsWith(",\"text\":\"hi\"}");
  }

  @Test
  void keepsEmojiAsUtf8AndEscapesLoneSurrogatesSoTheOutputIsValidUtf8() throws IOException {
    String text = "\uD83D\uDE00 \uD800 idiot";

    String json = json(report(text, 5, 10), text, true);

    assertThat(json).contains("\"text\":\"\uD83D\uDE00 \\uD800 idiot\"");
    JsonNode parsed = new ObjectMapper().readTree(json);
    assertThat(parsed.get("text").asText()).isEqualTo(text);
    assertThat(parsed.get("findings").get(0).get("start").asInt()).isEqualTo(5);
  }

  @Test
  void givesTheStartAsOneBasedLineAndColumnCountingCodePoints() throws IOException {
    String text = "> quoted\n\n\uD83D\uDE00 you idiot";

    JsonNode finding = new ObjectMapper().readTree(json(report(text, 17, 22), text, false)).get("findings").get(0);

    assertThat(finding.get("start").asInt()).isEqualTo(17);
    assertThat(finding.get("line").asInt()).isEqualTo(3);
    assertThat(finding.get("col").asInt()).isEqualTo(7);
  }

  @Test
  void roundsDecimalsToAtMostFourPlacesKeepingOne() {
    assertThat(ReportJson.decimal(0.0)).isEqualTo("0.0");
    assertThat(ReportJson.decimal(1.0)).isEqualTo("1.0");
    assertThat(ReportJson.decimal(0.59)).isEqualTo("0.59");
    assertThat(ReportJson.decimal(0.85549)).isEqualTo("0.8555");
    assertThat(ReportJson.decimal(0.12345678)).isEqualTo("0.1235");
    assertThat(ReportJson.decimal(0.00004)).isEqualTo("0.0");
    assertThat(ReportJson.decimal(0.0005)).isEqualTo("0.0005");
    assertThat(ReportJson.decimal(0.99999)).isEqualTo("1.0");
  }
}
