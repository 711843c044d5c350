package dev.comity.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconLinterTest {
  @TempDir Path dir;

  @Test
  void engineTestLexiconsLintClean() {
    assertThat(LexiconLinter.lint(TestLexicons.FILES)).map(LexiconProblem::format).isEmpty();
  }

  @Test
  void reportsEveryParseProblemWithLineAndColumn() throws IOException {
    Path f = write("bad.lex", """
        @format 1
        @lexicon en/bad
        @version 1
        @colour blue

        [idiot]
        category: insult
        severity: extreme
        sureness: 1.5
        colour: red
        match: idiot | (dumb|
        match: sh!t
        message: Calls someone an idiot.
        hit: no markers here
        hit: {unclosed
        hit: stray} brace
        ok: fine

        [idiot]
        category: rude
        match: Idiot
        ok: x

        [Bad_Id]
        category: insult
        """);
    assertThat(LexiconLinter.lint(List.of(f))).map(LexiconProblem::toString).containsExactly(
        f + ":4:1: unknown directive @colour; expected one of @format, @lexicon, @version, @kind, @class",
        f + ":8:11: unknown severity 'extreme'; expected one of low, medium, high",
        f + ":9:11: sureness '1.5' is not a number in (0, 1]",
        f + ":10:1: unknown key 'colour'; expected one of category, severity, sureness, target, regions, match, "
            + "unless-before, unless-after, message, note, hit, ok",
        f + ":11:16: unclosed '(': a group is (a|b) or (a|b)?",
        f + ":12:10: write the plain word: leet spellings and '*' inside words are matched automatically",
        f + ":14:6: a hit example needs {} around each span the rule must flag",
        f + ":15:6: '{' is never closed with '}'",
        f + ":16:11: '}' without a '{' before it",
        f + ":19:1: entry 'idiot' has no 'hit'",
        f + ":19:1: entry 'idiot' has no 'message'",
        f + ":19:1: entry 'idiot' has no 'severity'",
        f + ":19:1: entry 'idiot' has no 'sureness'",
        f + ":19:2: duplicate entry id 'idiot'; first at line 6",
        f + ":20:11: unknown category 'rude'; expected one of insult, profanity, identity_attack, threat, "
            + "dehumanizing, mocking, dismissive, frustration, impatience, entitlement, call_to_action, sexual",
        f + ":21:8: patterns are written in lower case: 'i'",
        f + ":24:1: entry 'Bad_Id' has no 'hit'",
        f + ":24:1: entry 'Bad_Id' has no 'match'",
        f + ":24:1: entry 'Bad_Id' has no 'message'",
        f + ":24:1: entry 'Bad_Id' has no 'ok'",
        f + ":24:1: entry 'Bad_Id' has no 'severity'",
        f + ":24:1: entry 'Bad_Id' has no 'sureness'",
        f + ":24:2: bad entry id 'Bad_Id': lower-case letters, digits and '-'");
  }

  @Test
  void formatsProblemsWithTheSourceLineAndACaret() throws IOException {
    Path f = write("caret.lex", "@format 1\n@lexicon en/caret\n@version 1\n\n[x]\nseverity: huge\n");
    LexiconProblem p = LexiconLinter.lint(List.of(f)).stream()
        .filter(q -> q.line() == 6).findFirst().orElseThrow();
    assertThat(p.format()).isEqualTo(f + ":6:11: unknown severity 'huge'; expected one of low, medium, high\n"
        + "severity: huge\n"
        + "          ^");
  }

  @Test
  void stopsAtAnUnknownFormat() throws IOException {
    Path f = write("future.lex", "@format 2\n@lexicon en/future\nwhatever: this is\n");
    assertThat(LexiconLinter.lint(List.of(f))).map(LexiconProblem::toString)
        .containsExactly(f + ":1:9: unknown @format '2'; this reader knows format 1");
  }

  @Test
  void reportsMissingHeaderDirectives() throws IOException {
    Path f = write("headless.lex", "# nothing but a comment\n@version 1\n");
    assertThat(LexiconLinter.lint(List.of(f))).map(LexiconProblem::toString).containsExactly(
        f + ":1:1: missing @format 1 (the first directive)",
        f + ":1:1: missing @lexicon <id>",
        f + ":2:1: the first directive must be @format 1");
  }

  @Test
  void reportsCrossFileProblems() throws IOException {
    Path a = write("a.lex", """
        @format 1
        @lexicon en/shared
        @version 1
        @class pet: cat | dog

        [dolt]
        category: insult
        severity: high
        sureness: 0.9
        match: dolt
        message: Calls someone a dolt.
        hit: you {dolt}
        ok: a bolt
        """);
    Path b = write("b.lex", """
        @format 1
        @lexicon en/shared
        @version 2
        @class pet: bird

        [dolt]
        category: insult
        severity: high
        sureness: 0.9
        match: dolt
        message: Calls someone a dolt.
        hit: you {dolt}
        ok: a bolt

        [pet-hater]
        category: insult
        severity: low
        sureness: 0.5
        match: stupid <pets>
        message: Insults pets.
        hit: {stupid pets}
        ok: nice cat
        """);
    assertThat(LexiconLinter.lint(List.of(dir))).map(LexiconProblem::toString).containsExactly(
        b + ":4:1: class 'pet' of language en is already defined at " + a + ":4",
        b + ":6:2: rule id en/shared/dolt is already defined at " + a + ":6",
        b + ":19:15: unknown class <pets>: no lexicon of language en defines it with @class");
  }

  @Test
  void runsExamplesAndPointsAtTheOffendingColumn() throws IOException {
    Path f = write("examples.lex", """
        @format 1
        @lexicon en/examples
        @version 1

        [dolt]
        category: insult
        severity: high
        sureness: 0.9
        match: dolt
        message: Calls someone a dolt.
        hit: you {are} a dolt
        ok: what a dolt
        """);
    assertThat(LexiconLinter.lint(List.of(f))).map(LexiconProblem::toString).containsExactly(
        f + ":11:11: en/examples/dolt does not flag 'are' [4, 7); it flags 'dolt' [10, 14)",
        f + ":11:18: en/examples/dolt also flags 'dolt' [10, 14), which has no {} marker",
        f + ":12:12: en/examples/dolt flags 'dolt' [7, 11) in an ok example");
  }

  @Test
  void allowExamplesMustContainTheAllowedPhrase() throws IOException {
    Path f = write("allow.lex", """
        @format 1
        @lexicon en/allowed
        @version 1
        @kind allow

        [kill-signal]
        match: kill -9
        ok: kill -9 the worker
        ok: kill the worker
        """);
    assertThat(LexiconLinter.lint(List.of(f))).map(LexiconProblem::toString).containsExactly(
        f + ":9:5: allow entry en/allowed/kill-signal does not match this example, so it suppresses nothing here");
  }

  @Test
  void allowEntriesRejectRuleKeys() throws IOException {
    Path f = write("allow-keys.lex", """
        @format 1
        @lexicon en/allowed
        @version 1
        @kind allow

        [abort-call]
        severity: high
        match: abort ( )
        hit: {abort()}
        ok: abort()
        """);
    assertThat(LexiconLinter.lint(List.of(f))).map(LexiconProblem::toString).containsExactly(
        f + ":7:1: allow entries have no 'severity'",
        f + ":9:1: allow entries have no 'hit'");
  }

  @Test
  void reportsUnreadableFiles() {
    Path missing = dir.resolve("missing.lex");
    assertThat(LexiconLinter.lint(List.of(missing))).singleElement().asString()
        .startsWith(missing + ":1:1: cannot read: NoSuchFileException");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }
}
