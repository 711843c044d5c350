package dev.comity.cli;

import dev.comity.api.Verdict;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --fail-on}, the exit policy of {@code check} and {@code scan}. Kept apart from {@link ModeratorOptions} because
 * {@code filter} must always exit 0.
 */
final class FailOnOption {
  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      converter = FailOnConverter.class,
      description = "Exit 1 when a report's verdict is at or above LEVEL: review or violation (default: never).")
  private Verdict failOn;

  /** Whether a report with {@code verdict} should make the command exit 1. */
  boolean fails(Verdict verdict) {
    return failOn != null && verdict.atLeast(failOn);
  }

  /** Accepts the verdicts worth failing on; {@code ok} would fail every run, so it is refused. */
  static final class FailOnConverter implements ITypeConverter<Verdict> {
    @Override
    public Verdict convert(String value) {
      if (value.equals(Verdict.REVIEW.id())) {
        return Verdict.REVIEW;
      }
      if (value.equals(Verdict.VIOLATION.id())) {
        return Verdict.VIOLATION;
      }
      throw new TypeConversionException("expected review or violation, got '" + value + "'");
    }
  }
}
