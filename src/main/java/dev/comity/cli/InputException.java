package dev.comity.cli;

import java.util.List;

/** Input the command cannot use: a missing or unreadable file, an unsupported file type. Exit code 2. */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  InputException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  InputException(String problem, Throwable cause) {
    super(problem, cause);
    this.problems = List.of(problem);
  }

  /** Every problem, one line each. */
  List<String> problems() {
    return problems;
  }
}
