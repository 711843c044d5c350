package dev.comity.api;

import java.util.List;

/**
 * Bad configuration: an invalid lexicon file, an unknown scorer id, conflicting builder values. Carries every problem
 * found, not just the first, each as one line ({@code file:line:col: message} where a file is involved).
 */
public class ConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public ConfigurationException(List<String> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  public ConfigurationException(String problem, Throwable cause) {
    super(problem, cause);
    this.problems = List.of(problem);
  }

  /** Every problem, one line each. */
  public List<String> problems() {
    return problems;
  }

  private static String summary(List<String> problems) {
    if (problems.size() == 1) {
      return problems.get(0);
    }
    return problems.size() + " problems:\n  " + String.join("\n  ", problems);
  }
}
