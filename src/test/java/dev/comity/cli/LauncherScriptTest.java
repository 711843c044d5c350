package dev.comity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code comity} launcher script ({@code src/main/sh/comity}), run with {@code sh} against a stand-in JVM that
 * prints the arguments it was given, one per line, and a stand-in {@code getconf} that reports {@code PROCESSORS}
 * processors (2 unless a test says otherwise).
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherScriptTest {
  private static final Path SCRIPT = Path.of("src/main/sh/comity");

  @TempDir Path dir;
  private Path install;
  private Path javaHome;
  private Path tools;

  @BeforeEach
  void installNextToAJar() throws IOException {
    install = Files.createDirectories(dir.resolve("opt/comity"));
    Files.copy(SCRIPT, install.resolve("comity"));
    Files.writeString(install.resolve("comity.jar"), "");
    javaHome = dir.resolve("jdk");
    Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    tools = Files.createDirectories(dir.resolve("tools"));
    Path getconf = tools.resolve("getconf");
    Files.writeString(getconf, "#!/bin/sh\necho \"${PROCESSORS:-2}\"\n");
    Files.setPosixFilePermissions(getconf, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void oneShotCommandsRunWithTheQuickCompilerAndTheSerialCollector() throws Exception {
    for (String command : List.of("scan", "check", "filter", "thread", "lexicon")) {
      assertThat(run(install.resolve("comity"), Map.of(), command, "mail box.mbox").lines())
          .as(command)
          .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar(), command, "mail box.mbox");
    }
  }

  @Test
  void longRunningCommandsKeepTheJvmDefaults() throws Exception {
    for (String command : List.of("bot", "train", "evaluate", "bench", "thread-eval", "--help")) {
      assertThat(run(install.resolve("comity"), Map.of(), command).lines())
          .as(command)
          .containsExactly("-jar", jar(), command);
    }
  }

  @Test
  void withMoreThanTwoProcessorsTheJvmKeepsItsOwnCollector() throws Exception {
    assertThat(run(install.resolve("comity"), Map.of("PROCESSORS", "16"), "scan", "big.jsonl").lines())
        .containsExactly("-XX:TieredStopAtLevel=1", "-jar", jar(), "scan", "big.jsonl");
  }

  @Test
  void aCollectorChosenByTheUserReplacesTheSerialOne() throws Exception {
    Result r = run(install.resolve("comity"), Map.of("COMITY_JAVA_OPTS", "-Xmx1g -XX:+UseParallelGC"), "scan");

    assertThat(r.lines())
        .containsExactly("-XX:TieredStopAtLevel=1", "-Xmx1g", "-XX:+UseParallelGC", "-jar", jar(), "scan");
  }

  @Test
  void theOptionsItPassesStartARealJvm() throws Exception {
    String realJava = ProcessHandle.current().info().command().orElseThrow();
    for (String user : List.of("", "-XX:+UseG1GC", "-XX:TieredStopAtLevel=4 -XX:-UseSerialGC")) {
      List<String> command = new ArrayList<>(List.of(realJava));
      for (String option : run(install.resolve("comity"), Map.of("COMITY_JAVA_OPTS", user), "scan").lines()) {
        if (option.equals("-jar")) {
          break;
        }
        command.add(option);
      }
      command.add("-version");
      Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(jvm.waitFor()).as(command + "\n" + output).isZero();
    }
  }

  @Test
  void userOptionsComeAfterTheLaunchersSoTheyWin() throws Exception {
    Result r = run(install.resolve("comity"), Map.of("COMITY_JAVA_OPTS", "-Xmx256m -XX:TieredStopAtLevel=4"), "scan");

    assertThat(r.lines())
        .containsExactly(
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=4", "-jar", jar(),
            "scan");
  }

  @Test
  void userOptionsAreNotExpandedAsFileNames() throws Exception {
    Files.writeString(dir.resolve("-XX:CompileCommand=quiet,Foo::bar"), "");

    Result r =
        run(install.resolve("comity"), Map.of("COMITY_JAVA_OPTS", dir + "/-XX:CompileCommand=quiet,Foo::*"), "check");

    assertThat(r.lines()).contains(dir + "/-XX:CompileCommand=quiet,Foo::*");
  }

  @Test
  void findsTheJarThroughASymbolicLink() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("usr/local/bin"));
    Path link = Files.createSymbolicLink(bin.resolve("comity"), install.resolve("comity"));

    assertThat(run(link, Map.of(), "check", "text").lines()).contains("-jar", jar());
  }

  @Test
  void findsTheJarThroughARelativeLinkInsideALinkedDirectory() throws Exception {
    // ~/bin -> /opt/bin and /opt/bin/comity -> ../comity/comity: '..' must be taken from /opt/bin, not from ~/bin.
    Path optBin = Files.createDirectories(dir.resolve("opt/bin"));
    Files.createSymbolicLink(optBin.resolve("comity"), Path.of("../comity/comity"));
    Path home = Files.createDirectories(dir.resolve("home/me"));
    Path homeBin = Files.createSymbolicLink(home.resolve("bin"), optBin);

    assertThat(run(homeBin.resolve("comity"), Map.of(), "check", "text").lines()).contains("-jar", jar());
  }

  @Test
  void aMissingJavaIsReportedWithWhereItWasLookedFor() throws Exception {
    Path noJdk = Files.createDirectories(dir.resolve("no-jdk/bin"));

    Result r = run(install.resolve("comity"), Map.of("JAVA_HOME", noJdk.getParent().toString()), "check", "text");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr()).contains(noJdk.resolve("java") + "'", "set JAVA_HOME");
  }

  @Test
  void aMissingJarIsReportedWithWhereItWasLookedFor() throws Exception {
    Files.delete(install.resolve("comity.jar"));

    Result r = run(install.resolve("comity"), Map.of(), "scan", "x.jsonl");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr()).contains(jar() + " not found", "next to comity.jar");
  }

  private String jar() throws IOException {
    return install.toRealPath().resolve("comity.jar").toString();
  }

  private record Result(int exit, String stdout, String stderr) {
    List<String> lines() {
      assertThat(exit).as(stderr).isZero();
      return stdout.lines().toList();
    }
  }

  private Result run(Path script, Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", script.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("COMITY_JAVA_OPTS");
    pb.environment().put("JAVA_HOME", javaHome.toString());
    pb.environment().put("PATH", tools + ":" + System.getenv("PATH"));
    pb.environment().putAll(env);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Result(
        p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }
}
