package dev.comity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comity.FuzzText;
import dev.comity.api.Message;
import dev.comity.api.Moderator;
import dev.comity.api.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzz target for the JSON report. Under surefire it replays the committed corpus in
 * {@code ReportJsonFuzzTestInputs/report/}; with {@code JAZZER_FUZZ=1} it fuzzes (README "Fuzzing").
 */
class ReportJsonFuzzTest {
  private static final Moderator MODERATOR = Moderator.builder().maxChars(4096).build();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Any message text is scored without a failure and gives one valid UTF-8 JSON object that reads back to the same text, id and findings, with every
   * span inside the text and covering exactly the finding's text.
   */
  @FuzzTest
  void report(byte[] data) throws IOException {
    String text = FuzzText.decode(data);
    String id = text.length() > 16 ? text.substring(0, 16) : text;
    Report report = MODERATOR.check(Message.builder(text).id(id).build());
    assertThat(report.failures()).isEmpty();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = ReportJson.FACTORY.createGenerator(bytes)) {
      ReportJson.write(g, report, text, true);
    }
    byte[] json = bytes.toByteArray();
    // A strict decoder: throws on any byte sequence that is not UTF-8.
    StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(json));
    JsonNode node = MAPPER.readTree(json);
    assertThat(node.get("text").textValue()).isEqualTo(text);
    assertThat(node.get("id").textValue()).isEqualTo(id);
    assertThat(node.get("truncated").booleanValue()).isEqualTo(text.length() > MODERATOR.maxChars());
    assertThat(node.get("findings")).hasSize(report.findings().size());
    for (JsonNode f : node.get("findings")) {
      int start = f.get("start").intValue();
      int end = f.get("end").intValue();
      assertThat(start).isBetween(0, end);
      assertThat(end).isLessThanOrEqualTo(Math.min(text.length(), MODERATOR.maxChars()));
      assertThat(f.get("text").textValue()).isEqualTo(text.substring(start, end));
      assertThat(f.get("confidence").doubleValue()).isBetween(0.0, 1.0);
    }
    assertThat(node.get("score").doubleValue()).isBetween(0.0, 1.0);
  }
}
