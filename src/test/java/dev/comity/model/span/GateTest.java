package dev.comity.model.span;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GateTest {
  private static Gate gateOf(String... keys) {
    return new Gate(List.of(keys));
  }

  @Test
  void aWordOpensTheGateWhenItsKeyIsInItHoweverItIsWritten() {
    for (String word : List.of("idiot", "1d10t", "sh!t", "f*ck", "stuuupid", "moron's", "coffee", "@ss", "b")) {
      Gate gate = gateOf(SpanFeatures.key(word));
      assertThat(gate.opens("x " + word + " y")).as(word).isTrue();
      assertThat(gate.opens("x (" + word + ")! y")).as(word).isTrue();
    }
  }

  @Test
  void symbolsAtTheEdgesOfAWordAreNotPartOfIt() {
    Gate gate = gateOf("idiot");

    assertThat(gate.opens("what an idiot!!")).isTrue();
    assertThat(gate.opens("what an *idiot*")).isTrue();
    assertThat(gate.opens("what an idiots")).isFalse();
    assertThat(gateOf("ass").opens("@ss")).isTrue();
    assertThat(gateOf("ss").opens("@!ss")).isTrue();
  }

  @Test
  void aWordWithTheLettersOfAKeyButAnotherKeyDoesNotOpenIt() {
    Gate gate = gateOf("dog");

    assertThat(gate.opens("the god of small things")).isFalse();
    assertThat(gate.opens("a good dodgy patch")).isFalse();
    assertThat(gate.opens("a good dog")).isTrue();
    assertThat(gate.opens("a d0oog")).isTrue();
  }

  @Test
  void aWordWithoutALetterNeverOpensTheGate() {
    Gate gate = gateOf("666", SpanFeatures.key("1337"));

    assertThat(gate.opens("error 666 and 1337")).isFalse();
    assertThat(gate.opens("")).isFalse();
    assertThat(gateOf().opens("idiot")).isFalse();
  }

  /** The gate as {@link Tokens} cuts words and {@link SpanFeatures#key} reads them, one step at a time. */
  private static boolean reference(String text, List<String> keys) {
    int i = 0;
    while (i < text.length()) {
      if (!Tokens.isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int run = Tokens.runEnd(text, i);
      int end = Tokens.trimmedEnd(text, i, run);
      int start = Tokens.trimmedStart(text, i, end);
      i = run;
      String word = text.substring(start, end);
      if (word.chars().anyMatch(Character::isLetter) && keys.contains(SpanFeatures.key(word))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void opensOnExactlyTheTextsWhereAWordAsTheTaggerReadsItHasAGateKey() {
    char[] alphabet = "aio1!|@$*'#%0 .-\u2019\u00e9\u0663Zs".toCharArray();
    List<String> keys = List.of("ai", "aio", "sa", "ia", "s", "oo", "eii", "\u0663a");
    Gate gate = gateOf(keys.toArray(String[]::new));
    Random random = new Random(11);
    int opened = 0;
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(8);
      for (int j = 0; j < length; j++) {
        b.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = b.toString();
      boolean expected = reference(text, keys);
      assertThat(gate.opens(text)).as(text).isEqualTo(expected);
      opened += expected ? 1 : 0;
    }
    assertThat(opened).isBetween(1_000, 19_000);
  }
}
