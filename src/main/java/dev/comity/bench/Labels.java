package dev.comity.bench;

import static dev.comity.api.Category.ENTITLEMENT;
import static dev.comity.api.Category.FRUSTRATION;
import static dev.comity.api.Category.IDENTITY_ATTACK;
import static dev.comity.api.Category.IMPATIENCE;
import static dev.comity.api.Category.INSULT;
import static dev.comity.api.Category.MOCKING;
import static dev.comity.api.Category.PROFANITY;
import static dev.comity.api.Category.THREAT;

import dev.comity.api.Category;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one mapping from every dataset's own labels to a binary label and Comity categories. {@code benchmarks/LABELS.md}
 * is the same table for people; {@code LabelsTest} fails when they drift apart. Labels match case-insensitively
 * because upstream spells some inconsistently ("Identity Attack/Name-Calling").
 */
final class Labels {
  /** What one upstream label means for Comity. An empty category set on a toxic label: the dataset is binary only. */
  record Mapping(boolean toxic, Set<Category> categories) {
    Mapping {
      categories = Set.copyOf(categories);
    }
  }

  /** One line of the table, in table order. */
  record Row(String dataset, String label, Mapping mapping) {}

  private static final List<Row> ROWS = new ArrayList<>();
  private static final Map<String, Map<String, Mapping>> TABLE = new LinkedHashMap<>();

  static {
    toxic("toxic-spans", "toxic");
    toxic("toxispanse", "1");
    civil("toxispanse", "0");
    toxic("strudel", "y");
    civil("strudel", "n");
    civil("locked-issues", "None");
    toxic("locked-issues", "Bitter frustration", FRUSTRATION);
    toxic("locked-issues", "Impatience", IMPATIENCE);
    toxic("locked-issues", "Mocking", MOCKING);
    toxic("locked-issues", "Irony", MOCKING);
    toxic("locked-issues", "Insulting", INSULT);
    toxic("locked-issues", "Vulgarity", PROFANITY);
    toxic("locked-issues", "Entitlement", ENTITLEMENT);
    toxic("locked-issues", "Threat", THREAT);
    toxic("locked-issues", "Identity attack/Name-Calling", IDENTITY_ATTACK, INSULT);
    toxic("locked-issues", "Identity attacks/Name-Calling", IDENTITY_ATTACK, INSULT);
    toxic("too-heated-prs", "True");
    civil("too-heated-prs", "False");
    toxic("hatexplain", "hatespeech", IDENTITY_ATTACK);
    toxic("hatexplain", "offensive", INSULT);
    civil("hatexplain", "normal");
    toxic("davidson", "0", IDENTITY_ATTACK);
    toxic("davidson", "1", PROFANITY);
    civil("davidson", "2");
    toxic("ethos", "hate", IDENTITY_ATTACK);
    toxic("ethos", "violent hate", IDENTITY_ATTACK, THREAT);
    civil("ethos", "not hate");
    toxic("wiki-talk", "1");
    civil("wiki-talk", "0");
    civil("sfu", "1");
    civil("sfu", "2");
    toxic("sfu", "3");
    toxic("sfu", "4");
    toxic("ferreira-github", "uncivil");
    civil("ferreira-github", "civil");
    toxic("ferreira-github", "bitter_frustration", FRUSTRATION);
    toxic("ferreira-github", "impatience", IMPATIENCE);
    toxic("ferreira-github", "mocking", MOCKING);
    toxic("ferreira-github", "irony", MOCKING);
    toxic("ferreira-github", "name_calling", INSULT);
    toxic("ferreira-github", "vulgarity", PROFANITY);
    toxic("ferreira-github", "threat", THREAT);
    for (String civilType :
        List.of(
            "commanding",
            "considerateness",
            "dissatisfaction",
            "expectation",
            "friendly_joke",
            "humility",
            "oppression",
            "sadness",
            "sincere_apologies")) {
      civil("ferreira-github", civilType);
    }
  }

  private Labels() {}

  private static void toxic(String dataset, String label, Category... categories) {
    add(dataset, label, new Mapping(true, Set.of(categories)));
  }

  private static void civil(String dataset, String label) {
    add(dataset, label, new Mapping(false, Set.of()));
  }

  private static void add(String dataset, String label, Mapping mapping) {
    ROWS.add(new Row(dataset, label, mapping));
    Mapping old = TABLE.computeIfAbsent(dataset, d -> new LinkedHashMap<>()).put(key(label), mapping);
    if (old != null) {
      throw new IllegalStateException("label '" + label + "' of " + dataset + " mapped twice");
    }
  }

  private static String key(String label) {
    return label.strip().toLowerCase(Locale.ROOT);
  }

  /** The table in order. */
  static List<Row> rows() {
    return List.copyOf(ROWS);
  }

  /**
   * @throws IllegalArgumentException naming the known labels when {@code label} is not in the table
   */
  static Mapping of(String dataset, String label) {
    Map<String, Mapping> labels = TABLE.getOrDefault(dataset, Map.of());
    Mapping m = labels.get(key(label));
    if (m == null) {
      throw new IllegalArgumentException(
          "label '" + label + "' is not in the " + dataset + " label table (benchmarks/LABELS.md); known: "
              + labels.keySet());
    }
    return m;
  }

  /** {@link #of}, failing with the row's location. */
  static Mapping of(String dataset, String label, Located where) throws IOException {
    try {
      return of(dataset, label);
    } catch (IllegalArgumentException e) {
      throw where.problem(e.getMessage());
    }
  }
}
