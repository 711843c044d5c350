package dev.comity.bench;

import java.util.List;

/**
 * Thirty ~400-char developer messages written for these benchmarks (no dataset text): mostly civil technical mail with
 * quotes, attributions, code, patches, logs, URLs and signatures, a few heated lines, and some non-ASCII, so that every
 * stage of the pipeline has work to do when the R-devel JSONL is not at hand.
 */
final class SampleMessages {
  private SampleMessages() {}

  static final List<String> TEXTS = List.of(
      """
      Hi all,

      I have pushed a branch that moves the parser off the global lock. On my machine the
      regression suite runs 14% faster and the flaky timeout in test_io_async goes away. It
      still needs a second pair of eyes on the error paths in read_frame(), which I touched
      more than I wanted to. Reviews welcome before Friday's freeze.

      Thanks,
      Marta
      """,
      """
      On Tue, 4 Feb 2025 at 10:12, Jonas Weber <jonas at example.org> wrote:
      > Is there a reason the cache key includes the locale? It makes the hit rate
      > terrible on our build farm.

      Yes: the collation order changes the generated index, so two locales cannot share an
      entry. We could normalise to C for the index and keep the locale for messages only.
      I'll write that up as a proposal.
      """,
      """
      Did anyone actually run this before merging? The release tarball does not even build
      on a clean checkout. This is the third time this month that somebody pushed straight
      to main without CI and left the rest of us to clean up the mess. Stop it.

      Build log: https://ci.example.org/job/nightly/4812/console
      """,
      """
      The attached patch fixes the off-by-one in the ring buffer:

      --- a/src/ring.c
      +++ b/src/ring.c
      @@ -88,7 +88,7 @@ size_t ring_free(const ring_t *r)
      -    return r->cap - (r->head - r->tail);
      +    return r->cap - (r->head - r->tail) - 1;
       }

      Without the -1 a full buffer looks empty. Test added in tests/ring_wrap.c.
      """,
      """
      > Why not just use the system allocator everywhere?

      Because it is slow on musl, as we measured last year (see the thread "allocator
      choices", March). I would not object to making the arena optional, though. A flag
      like --with-arena=no and a CI job that exercises it would be enough for me.

      --\s
      Pieter van den Berg | release team
      """,
      """
      Honestly, this review is a joke. You asked me to rename a variable four times and
      ignored the actual design question I raised in the first comment. If nobody here is
      willing to engage with the substance, say so and I will stop wasting my weekends on
      this project.
      """,
      """
      Thanks for the quick turnaround, Søren. I re-ran the benchmarks with your change:

        before: 41.2 s  (median of 5)
        after:  36.8 s  (median of 5)

      The variance is a bit higher after, probably the new thread pool warming up. Not a
      blocker. +1 from me once the docs mention the new environment variable.
      """,
      """
      Hello,

      I'm trying to build 4.2.1 on FreeBSD 14 and configure fails with:

        checking for iconv... no
        configure: error: iconv is required

      libiconv is installed under /usr/local. Passing CPPFLAGS=-I/usr/local/include does
      not help. Am I missing something obvious? Any pointers appreciated.

      Regards, Yuki
      """,
      """
      On 2025-03-02 18:40, Alex wrote:
      > Can we please stop bikeshedding the name?

      Agreed. Whoever keeps reopening this is just trolling at this point. We voted, the
      name is "fetch_all", and the next person who files a rename issue gets it closed
      without comment.
      """,
      """
      Quick status update on the Windows port:

      - the toolchain now builds with UCRT, no more msvcrt warnings
      - 3 of 412 tests still fail, all in the path-handling module
      - the installer is signed again (the certificate expired in January)

      I expect to have the remaining failures fixed next week. Help with the path tests
      is very welcome; they need someone who knows UNC paths better than I do.
      """,
      """
      What a stupid idea. Changing the default encoding in a point release will break every
      downstream package that writes files, and you would know that if you had bothered to
      read the compatibility policy. Revert it.
      """,
      """
      Here is a minimal reproducer:

          x <- list(a = 1, b = "two")
          y <- lapply(x, function(v) v)
          identical(x, y)
          ## [1] FALSE on the dev branch, TRUE on 4.3

      It looks like attributes are dropped when the list has names. I bisected it to the
      commit that changed the dispatch cache.
      """,
      """
      > I think the patch is fine but the commit message needs work.

      Fair point. I have split it into two commits: one that renames the helper and one
      that changes the behaviour, each with a message explaining why. Force-pushed to the
      same branch. Let me know if the second one should also carry a NEWS entry.
      """,
      """
      Traceback (most recent call last):
        File "tools/gen_docs.py", line 211, in <module>
          main(sys.argv[1:])
        File "tools/gen_docs.py", line 198, in main
          render(tree, out)
      KeyError: 'since'

      The docs generator chokes on the new @since tag. A default of "unknown" in render()
      would keep the build green until the tags are filled in.
      """,
      """
      I'm sorry, but "works on my machine" is not an answer to a bug report with a full
      reproducer attached. I have been waiting six weeks for anyone to look at this. Is
      anybody maintaining this package at all, or should I just fork it?
      """,
      """
      Dear list,

      the call for talks for the developer meeting in Vienna is open until 15 May. We are
      particularly interested in talks on packaging, testing infrastructure and accessibility
      of documentation. Lightning talks (5 minutes) are welcome too.

      Details: https://meeting.example.org/2025/cfp

      Best wishes,
      the organising committee
      """,
      """
      On Wed, Jan 8, 2025 at 3:14 PM Priya <priya at example.com> wrote:
      > The new API is confusing.

      It is, and that's on me. I wrote the docs before the last round of changes and never
      updated them. I'll rewrite the vignette this week with real examples instead of the
      toy ones. Sorry for the churn.
      """,
      """
      Nobody asked for this "improvement". You broke my scripts, you broke the CRAN checks
      of half the packages I maintain, and now you are telling me to read the changelog?
      The changelog says nothing. Pathetic.
      """,
      """
      The memory profile looks reasonable now:

        peak RSS   1.9 GB -> 1.2 GB
        GC pauses  p99 180 ms -> 95 ms

      The remaining peak comes from the parser holding every token until the end of the
      file. Streaming the tokens would fix that but needs an API change, so I'd rather do
      it in the next minor release.
      """,
      """
      Could whoever owns the mirror at ftp.example.net check it? It has been serving a
      week-old snapshot since the 12th, and users who follow the install instructions get
      the version with the security bug. I have written to the listed contact twice
      without an answer.
      """,
      """
      diff --git a/DESCRIPTION b/DESCRIPTION
      index 3f2a1c0..8b9e4d2 100644
      --- a/DESCRIPTION
      +++ b/DESCRIPTION
      @@ -1,4 +1,4 @@
       Package: tidyparse
      -Version: 0.9.3
      +Version: 0.9.4
       Title: Fast Parsing of Tabular Text

      Bumping the version so the fix for the CRLF issue reaches CRAN before the release.
      """,
      """
      Seriously, are you people incompetent or just lazy? The same segfault has been
      reported five times since 2019, with backtraces, and every report gets closed as
      "cannot reproduce". I can reproduce it in ten seconds. Do your job.
      """,
      """
      > Would it make sense to deprecate the old interface first?

      Yes, that is the usual path: one release with a deprecation warning, one with an
      error, then removal. I have added the warning in this PR and opened a tracking issue
      for the removal so we do not forget. The warning text points to the migration guide.
      """,
      """
      Naïve question from a newcomer: why does the build system generate config.h twice?
      I see it written once by configure and again by the Makefile in src/, with slightly
      different contents (the second one lacks HAVE_MMAP). Is that intentional? Happy to
      send a patch if it isn't. 🙂
      """,
      """
      Thanks, applied to the 2.x branch as well. For the record, the root cause was that
      the timezone database on the CI image was two years old, so the DST transition in
      the test data fell on the wrong day. The image is updated and the test now pins its
      own tzdata copy.

      Cheers,
      Kwame
      """,
      """
      This thread is going nowhere. Half of you have not read the proposal and the other
      half are arguing about tabs versus spaces. I am locking it. If you have a concrete
      objection to the design, put it in the RFC document with a use case, not here.
      """,
      """
      A heads-up for package maintainers: the next release will enable -Wstrict-prototypes
      by default. Declarations like

          int foo();

      must become

          int foo(void);

      About 120 packages on CRAN are affected; we will send individual notices next week.
      """,
      """
      Your "fix" makes it worse. Now it crashes on startup instead of after an hour. Please
      do not touch the scheduler again until you understand what the lock ordering is for;
      it took us months to get it right, and you undid it in an afternoon.
      """,
      """
      I can confirm the regression on macOS 14 (arm64) with Xcode 15.3. The same build
      with Xcode 15.2 works. It seems the new linker reorders the initialisers; passing
      -ld_classic restores the old behaviour. Not a real fix, but it unblocks the release
      builds while we look for the proper one.
      """,
      """
      Ugh, what a mess. Three competing config formats, none of them documented, and the
      one in the README is the deprecated one. No wonder people keep filing the same bug.
      Can we please pick one, document it, and delete the other two?

      -- Ana (who just lost a day to this)
      """);
}
