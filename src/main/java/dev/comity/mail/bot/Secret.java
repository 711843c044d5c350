package dev.comity.mail.bot;

import static java.util.Objects.requireNonNull;

/**
 * A password. Kept out of every {@code toString}, log line and exception message: only {@link #reveal()} gives the
 * value, and it is called only where a connection is opened.
 */
final class Secret {
  private final String value;

  Secret(String value) {
    this.value = requireNonNull(value, "value");
  }

  String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "[secret]";
  }
}
