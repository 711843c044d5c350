package dev.comity.cli;

import static dev.comity.cli.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train}, {@code evaluate} and {@code --models} over a small JSONL dataset written here. */
class TrainCommandTest {
  @TempDir Path tmp;

  private Path data() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("data/jsonl"));
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    String[] civil = {
      "Thanks for the review, I will send a second version tomorrow.",
      "Could you split the patch in two? The first part only moves code.",
      "Applied to the stable branch, thanks for bisecting.",
      "The numbers look reasonable now, memory went down by a third.",
      "Good catch, I have added a regression test for the loop bound.",
      "Sorry for the delay, I will look at the parser on Monday."
    };
    String[] uncivil = {
      "Any update?? This has been broken for months, fix it already.",
      "Fix it already, months of waiting, any update at all??",
      "Months! Any update? Fix it already, we are waiting.",
      "Still waiting for months, fix it already, any update??",
      "Any update on this? Fix it already, it has been months.",
      "It has been months. Fix it already. Any update??"
    };
    for (int i = 0; i < civil.length; i++) {
      lines.add(json.writeValueAsString(Map.of("id", "c" + i, "text", civil[i], "toxic", false)));
      lines.add(json.writeValueAsString(
          Map.of("id", "u" + i, "text", uncivil[i], "toxic", true, "categories", List.of("impatience"))));
    }
    Files.write(dir.resolve("mine.jsonl"), lines);
    return tmp.resolve("data");
  }

  @Test
  void trainWritesAModelDirectoryThatCheckAndEvaluateUse() throws IOException {
    Path data = data();
    Path models = tmp.resolve("models");

    Cli.Result train = cli().run("train", "--data", data.toString(), "--include", "jsonl", "--no-own-examples",
        "--iterations", "30", "--cutoff", "1", "--out", models.toString());

    assertThat(train.exit()).as(train.err()).isZero();
    assertThat(train.err()).contains("jsonl:all", "12 examples", "wrote " + models);
    assertThat(models.resolve("MODEL-CARD.md")).content().contains("jsonl:all", "impatience");

    Cli.Result check = cli().run("check", "--models", models.toString(), "--no-bundled-lexicons", "--format", "json",
        "Months of waiting. Any update?? Fix it already.");
    assertThat(check.exit()).as(check.err()).isZero();
    assertThat(check.out()).contains("\"model\"");

    Cli.Result evaluate = cli().run("evaluate", "--data", data.toString(), "--include", "jsonl", "--model",
        models.toString());
    assertThat(evaluate.exit()).as(evaluate.err()).isZero();
    assertThat(evaluate.out()).contains("== jsonl:all: 12 messages, 6 uncivil", "default, verdict review or worse",
        "lexicons only, any finding", "impatience");
  }

  @Test
  void evaluateAlsoScoresTheSpanModelAloneWhenTheDataHasGoldSpans() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("spans/jsonl"));
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    String[] names = {"clown", "muppet", "buffoon"};
    for (int i = 0; i < 24; i++) {
      String name = names[i % names.length];
      String text = "Whoever wrote patch " + i + " is a " + name + ", and the review of it was worse.";
      int start = text.indexOf(name);
      lines.add(json.writeValueAsString(Map.of("id", "u" + i, "text", text, "toxic", true,
          "categories", List.of("insult"), "spans", List.of(List.of(start, start + name.length())))));
      lines.add(json.writeValueAsString(Map.of("id", "c" + i, "text", "Patch " + i + " looks fine to me, applied.",
          "toxic", false)));
    }
    Files.write(dir.resolve("mine.jsonl"), lines);
    Path models = tmp.resolve("span-models");
    Cli.Result train = cli().run("train", "--data", tmp.resolve("spans").toString(), "--include", "jsonl",
        "--no-own-examples", "--iterations", "30", "--cutoff", "1", "--out", models.toString());
    assertThat(train.exit()).as(train.err()).isZero();

    Cli.Result evaluate = cli().run("evaluate", "--data", tmp.resolve("spans").toString(), "--include", "jsonl",
        "--model", models.toString());

    assertThat(evaluate.exit()).as(evaluate.err()).isZero();
    assertThat(evaluate.out()).containsPattern("span F1 of the span model alone \\(its own thresholds, whole text\\): "
        + "(0\\.[5-9]|1\\.0)");
  }

  @Test
  void evaluatePrintsNotApplicableForRocAucWhenEveryMessageIsUncivil() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("one-class/jsonl"));
    ObjectMapper json = new ObjectMapper();
    Files.write(dir.resolve("mine.jsonl"), List.of(
        json.writeValueAsString(Map.of("id", "a", "text", "Only an idiot would merge this without running the tests.",
            "toxic", true, "categories", List.of("insult"))),
        json.writeValueAsString(Map.of("id", "b", "text", "Your patch is garbage and so is your review of mine.",
            "toxic", true, "categories", List.of("insult")))));

    Cli.Result evaluate = cli().run("evaluate", "--data", tmp.resolve("one-class").toString(), "--include", "jsonl");

    assertThat(evaluate.exit()).as(evaluate.err()).isZero();
    assertThat(evaluate.out()).doesNotContain("NaN").containsPattern("default, any finding +1\\.000 +\\S+ +\\S+ +n/a");
  }

  @Test
  void aDataDirectoryWithNoneOfTheDefaultDatasetsIsAnErrorNotAModelOfOwnExamples() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));

    Cli.Result r = cli().run("train", "--data", empty.toString(), "--out", tmp.resolve("m").toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(empty + " holds none of the datasets read by default", "toxic-spans", "--include");
    assertThat(tmp.resolve("m")).doesNotExist();
  }

  @Test
  void defaultDatasetsThatAreAbsentAreNamed() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("some/locked-issues"));
    Files.writeString(dir.resolve("annotated_comment_level.csv"), "issue_id,comment_id,comment_body,tbdf\n"
        + "7,70,\"Thanks, merged.\",None\n");

    Cli.Result r = cli().run("evaluate", "--data", tmp.resolve("some").toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("not in " + tmp.resolve("some") + ", skipped: toxic-spans, toxispanse, strudel");
    assertThat(r.out()).contains("== locked-issues:all: 1 messages, 0 uncivil");
  }

  @Test
  void aMissingModelDirectoryIsAConfigurationError() {
    Cli.Result r = cli().run("check", "--models", tmp.resolve("nothing").toString(), "hello");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("nothing", "not a model directory");
  }

  @Test
  void aMissingDataDirectoryIsReportedWithHowToGetTheData() {
    Cli.Result r = cli().run("train", "--data", tmp.resolve("none").toString(), "--out", tmp.resolve("m").toString());

    assertThat(r.exit()).isNotZero();
    assertThat(r.err()).contains("none", "--data DIR");
  }
}
