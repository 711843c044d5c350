package dev.comity.thread;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MobilizationAnalyzerTest {
  @ParameterizedTest
  @ValueSource(strings = {
    "https://x.com/someone/status/1790000000000000000",
    "https://twitter.com/someone/status/1790000000000000000",
    "https://old.reddit.com/r/rstats/comments/abc123/title/",
    "https://www.reddit.com/r/programming/comments/abc123/title/",
    "https://news.ycombinator.com/item?id=41234567",
    "https://lobste.rs/s/abcdef/title",
    "https://fosstodon.org/@someone/112233445566",
    "https://social.example.net/@someone/112233445566",
    "https://mastodon.example.org/users/someone",
    "https://lwn.net/Articles/987654/#Comments",
    "https://bsky.app/profile/someone.example/post/3kabc"
  })
  void socialPlatformsAndAggregatorsArePointers(String url) {
    assertThat(MobilizationAnalyzer.isPlatformLink(url)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "https://stat.ethz.ch/pipermail/r-devel/2021-January/080396.html",
    "https://bugs.r-project.org/show_bug.cgi?id=18000",
    "https://github.com/wch/r-source/commit/abc",
    "https://lwn.net/Articles/987654/",
    "https://example.org/@media/print.css",
    "not a url at all"
  })
  void ordinaryTechnicalLinksAreNot(String url) {
    assertThat(MobilizationAnalyzer.isPlatformLink(url)).isFalse();
  }
}
