package dev.comity.bench;

import java.util.List;

/** The datasets the suites know, by the name of their folder under the datasets root. */
public final class Datasets {
  private static final List<DatasetSpec> ALL =
      List.of(
          new DatasetSpec(
              ToxicSpansReader.NAME, "CC0-1.0", true,
              "https://github.com/ipavlopoulos/toxic_spans (SemEval-2021 Task 5: tsd_train.csv, tsd_trial.csv)",
              List.of("trial", "train"), ToxicSpansReader::read),
          new DatasetSpec(
              ToxiSpanSeReader.NAME, "GPL-3.0", false,
              "https://github.com/WSU-SEAL/ToxiSpanSE (dev.csv: the 80% development slice)",
              List.of("dev"), ToxiSpanSeReader::read),
          new DatasetSpec(
              StrudelReader.NAME, "MIT", true,
              "https://github.com/CMUSTRUDEL/toxicity-detector (train_comments.csv, train_issues.csv)",
              List.of("comments", "issues"), StrudelReader::read),
          new DatasetSpec(
              LockedIssuesReader.NAME, "MIT", true,
              "the MSR 2024 locked GitHub issues incivility dataset, VCU Software Improvement Lab"
                  + " (annotated_comment_level.csv)",
              List.of("all"), LockedIssuesReader::read),
          new DatasetSpec(
              TooHeatedPrsReader.NAME, "MIT", true,
              "CMU STRUDEL too-heated pull requests (both_t_data.csv, too_heated_prs_matched_by_length.csv)",
              List.of("comments", "threads"), TooHeatedPrsReader::read),
          new DatasetSpec(
              HateXplainReader.NAME, "MIT", true,
              "https://github.com/hate-alert/HateXplain, exported as train_val.jsonl with character spans"
                  + " (see benchmarks/DATASETS.md)",
              List.of("val", "train"), HateXplainReader::read),
          new DatasetSpec(
              DavidsonReader.NAME, "MIT", true,
              "https://github.com/t-davidson/hate-speech-and-offensive-language (labeled_data.csv)",
              List.of("all"), DavidsonReader::read),
          new DatasetSpec(
              EthosReader.NAME, "GPL-3.0", false,
              "https://github.com/intelligence-csd-auth-gr/Ethos-Hate-Speech-Dataset"
                  + " (Ethos_Dataset_Binary.csv, Ethos_Dataset_Multi_Label.csv)",
              List.of("binary", "multi_label"), EthosReader::read),
          new DatasetSpec(
              WikiTalkReader.NAME, "Apache-2.0 (text CC BY-SA)", false,
              "https://github.com/ipavlopoulos/context_toxicity (gc.csv, gn.csv)",
              List.of("gc", "gn"), WikiTalkReader::read),
          new DatasetSpec(
              SfuReader.NAME, "CC-BY-NC-SA-4.0", false,
              "https://github.com/sfu-discourse-lab/SOCC (SFU_constructiveness_toxicity.csv)",
              List.of("all"), SfuReader::read),
          new DatasetSpec(
              FerreiraReader.NAME, "GPL-3.0", false,
              "the replication package of Ferreira et al., JSS 2023, incivility in GitHub issues"
                  + " (gh/, context_gh/, sentence_spans.jsonl)",
              List.of("comments", "sentences", "context"), FerreiraReader::read),
          new DatasetSpec(
              JsonlReader.NAME, "yours", false,
              "your own data: *.jsonl files in the format of benchmarks/DATASETS.md",
              List.of("all"), JsonlReader::read));

  private Datasets() {}

  /** Every dataset, in the order the suites report them. */
  public static List<DatasetSpec> all() {
    return ALL;
  }

  /**
   * @throws IllegalArgumentException naming the known datasets when there is none called {@code name}
   */
  public static DatasetSpec named(String name) {
    for (DatasetSpec d : ALL) {
      if (d.name().equals(name)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "unknown dataset '" + name + "'; known: " + ALL.stream().map(DatasetSpec::name).toList());
  }
}
