package dev.comity.spi;

import static java.util.Objects.requireNonNull;

/**
 * What a scorer is, declared once.
 *
 * @param id unique id, lower-case letters, digits and {@code -}; findings carry it as their {@code source}
 * @param version version of the data or model the scorer uses; echoed in every report
 * @param description one line for humans
 */
public record ScorerInfo(String id, String version, String description) {
  public ScorerInfo {
    requireNonNull(id, "id");
    requireNonNull(version, "version");
    requireNonNull(description, "description");
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("scorer id '" + id + "' must be lower-case letters, digits and '-'");
    }
  }
}
