package dev.comity.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WordTrieTest {
  @Test
  void keepsEveryReadingOfTwoWildcardsInALargeVocabulary() {
    WordTrie.Builder b = new WordTrie.Builder();
    int label = 0;
    // 200 "a??x" words: two wildcards after "a" reach all of them, and "ass" sorts last.
    for (char x = 'a'; x <= 'h'; x++) {
      for (char y = 'a'; y <= 'y'; y++) {
        b.add(new PatternToken.Form("a" + x + y + "x", false), label++);
      }
    }
    int asshole = label;
    b.add(new PatternToken.Form("asshole", true), asshole);
    assertThat(labels(b.build(), "a**hole")).containsExactly(asshole);
    assertThat(labels(b.build(), "a**hx")).isEmpty();
  }

  @Test
  void readsTheSameWordAlikeOnTheFastAndTheGeneralPath() {
    WordTrie.Builder b = new WordTrie.Builder();
    b.add(new PatternToken.Form("idiot", false), 1);
    b.add(new PatternToken.Form("idi", true), 2);
    b.add(new PatternToken.Form("stupid", false), 3);
    WordTrie trie = b.build();
    assertThat(labels(trie, "idiot")).containsExactlyInAnyOrder(1, 2);
    assertThat(labels(trie, "idiiot")).containsExactlyInAnyOrder(1, 2);
    assertThat(labels(trie, "id1ot")).containsExactlyInAnyOrder(1, 2);
    assertThat(labels(trie, "idiotic")).containsExactly(2);
    assertThat(labels(trie, "stupid")).containsExactly(3);
    assertThat(labels(trie, "sstupid")).containsExactly(3);
    assertThat(labels(trie, "stupi")).isEmpty();
  }

  private static int[] labels(WordTrie trie, String word) {
    IntList out = new IntList(4);
    trie.labels(word.toCharArray(), 0, word.length(), out, trie.scratch());
    return Arrays.copyOf(out.data, out.size);
  }
}
