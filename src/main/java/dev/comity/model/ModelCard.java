package dev.comity.model;

import dev.comity.bench.DatasetSpec;
import dev.comity.bench.Datasets;
import java.util.List;

/** Renders the {@code MODEL-CARD.md} that {@code comity train} writes next to a model. */
final class ModelCard {
  private ModelCard() {}

  static String render(ModelManifest m, List<String> calibration) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Comity message model ").append(m.version()).append("\n\n");
    sb.append("Written by `comity train`; the figures below are from this training run. Evaluation figures on named ")
        .append("dev sets come from `comity evaluate` (see the shipped card in the repository for the current ones).")
        .append("\n\n");
    sb.append("## Training data\n\n");
    sb.append("| source | license | may ship |\n|---|---|---|\n");
    for (String source : m.get("training.sources").split(",")) {
      String name = source.contains(":") ? source.substring(0, source.indexOf(':')) : source;
      if (name.equals(ModelTraining.OWN_DATASET)) {
        sb.append("| ").append(source).append(" (`src/main/resources").append(ModelTraining.OWN_EXAMPLES)
            .append("`, written for Comity) | Apache-2.0 | yes |\n");
      } else if (source.startsWith("holdout=")) {
        sb.append("| (").append(source).append(": that share of each source, by thread, was not trained on) | | |\n");
      } else {
        DatasetSpec d = Datasets.named(name);
        sb.append("| ").append(source).append(" | ").append(d.license()).append(" | ")
            .append(d.mayShip() ? "yes" : "**no: do not redistribute this model**").append(" |\n");
      }
    }
    sb.append("\nLabels are mapped onto Comity categories by the table in `benchmarks/LABELS.md`. Uncivil examples ")
        .append("without a category train the `uncivil` outcome; datasets without civil examples (Toxic Spans) do ")
        .append("not train the message model.\n\n");
    sb.append("- examples: ").append(m.get("training.examples")).append(" (").append(m.get("training.counts"))
        .append(")\n");
    sb.append("- inputs digest (SHA-256 over dataset, id, label, categories and text of every example, in order): `")
        .append(m.get("training.inputs.sha256")).append("`\n\n");
    sb.append("## Model\n\n");
    sb.append("- OpenNLP `DocumentCategorizerME`, outcomes `none` and: ").append(m.get("message.outcomes"))
        .append('\n');
    sb.append("- parameters: ").append(m.get("message.params")).append(", single-threaded trainer\n");
    sb.append("- features: `MessageFeatures`, words and in-sentence word pairs of the normalized prose (quotes, ")
        .append("patches, code, logs, signatures and URLs excluded); fingerprint `")
        .append(m.get("features.fingerprint")).append("`\n");
    sb.append("- calibration: per category, Platt scaling of the model probability fitted so that the policy's ")
        .append("combination with the lexicon score (").append(m.get("calibration.lexicon"))
        .append(") is calibrated, on a held-out slice split by group (uncivil examples without a category, from ")
        .append("binary datasets, left out: they may be of any category)\n");
    if (m.entries().containsKey("span.params")) {
      sb.append("- span tagger (`dev.comity.model.span`): trained on the ").append(m.get("span.examples"))
          .append(" uncivil examples with gold spans (out-of-domain sets excluded); ").append(m.get("span.params")).append('\n');
    }
    sb.append('\n');
    sb.append("## Calibration on the held-out slice\n\n```\n");
    calibration.forEach(l -> sb.append(l).append('\n'));
    sb.append("```\n");
    return sb.toString();
  }
}
