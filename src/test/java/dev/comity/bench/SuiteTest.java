package dev.comity.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuiteTest {
  @Test
  void everyBundledSuiteLoadsWithValidDatasetSplits() throws IOException {
    List<String> names = new ArrayList<>(Suite.ALL);
    names.addAll(List.of("fast-accuracy", "fast-robustness"));
    for (String name : names) {
      Suite s = Suite.load(name);
      assertThat(s.description()).as(name).isNotBlank();
    }
    assertThat(Suite.load("accuracy").datasets()).contains("toxic-spans:trial", "locked-issues:all");
  }

  @Test
  void badDefinitionsListEveryProblem() {
    assertThatThrownBy(() -> Suite.parse("x", new ObjectMapper().readTree(
        "{\"kind\":\"accurate\",\"datasets\":[\"toxic-spans:test\",\"nope:all\"]}")))
        .hasMessageContaining("x.json")
        .hasMessageContaining("kind 'accurate'")
        .hasMessageContaining("'toxic-spans:test' must be dataset:split")
        .hasMessageContaining("unknown dataset 'nope'");
    assertThatThrownBy(() -> Suite.load("nope")).hasMessageContaining("unknown suite 'nope'");
  }
}
