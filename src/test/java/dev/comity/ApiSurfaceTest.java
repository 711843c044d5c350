package dev.comity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.api.Moderator;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins the public API of {@code dev.comity.api} and {@code dev.comity.spi}: any change shows up as a diff of
 * {@code src/test/resources/api-surface.txt}. Regenerate with {@code -Dgolden.update=true} and review the diff; and
 * check that the two packages expose JDK types and their own only (no Guava, Jackson or OpenNLP leaks to embedders).
 */
class ApiSurfaceTest {
  private static final Path GOLDEN = Path.of("src/test/resources/api-surface.txt");

  @Test
  void publicApiMatchesThePinnedSurface() throws Exception {
    String actual = String.join("\n", surface()) + "\n";
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void publicApiUsesOnlyJdkAndComityTypes() throws Exception {
    for (String line : surface()) {
      for (String token : line.split("[\\s(),<>\\[\\]&?]+")) {
        if (token.contains(".")) {
          assertThat(token.startsWith("java.") || token.startsWith("dev.comity."))
              .as("non-JDK type in the public API: %s", line)
              .isTrue();
        }
      }
    }
  }

  private static List<String> surface() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(Moderator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> out = new ArrayList<>();
    for (String pkg : List.of("dev/comity/api", "dev/comity/spi")) {
      List<Path> files;
      try (Stream<Path> s = Files.list(classes.resolve(pkg))) {
        files = s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
      }
      for (Path f : files) {
        String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> c = Class.forName(name, false, ApiSurfaceTest.class.getClassLoader());
        if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isSynthetic()) {
          continue;
        }
        out.add(c.toGenericString());
        List<String> members = new ArrayList<>();
        for (Constructor<?> k : c.getConstructors()) {
          members.add("  " + k.toGenericString());
        }
        for (Method m : c.getMethods()) {
          if (m.getDeclaringClass() == c && !m.isSynthetic()) {
            members.add("  " + m.toGenericString());
          }
        }
        for (Field fl : c.getFields()) {
          if (fl.getDeclaringClass() == c) {
            members.add("  " + fl.toGenericString());
          }
        }
        members.sort(null);
        out.addAll(members);
      }
    }
    return out;
  }
}
