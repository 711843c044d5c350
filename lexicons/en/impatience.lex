# Impatience: demanding speed from volunteers ("fix this already", "any update?!", "still not fixed after two years",
# "how much longer", "bump bump", "it's been months").
#
# A polite "any news on this?" is normal on an issue tracker and is not matched, and neither is a factual regression
# report ("still not fixed in 4.2.1"). The rules look for the markers of pressure: "already", doubled punctuation,
# "years later and still", "how much longer", repeated bumps.
#
# Deliberately left out:
# - "+1" comments and reactions: the thread-level analyser counts them; a lexicon cannot tell agreement from pressure;
# - "bump the version", "ping me", "ETA?": ordinary vocabulary;
# - demands backed by payment or obligation ("as a paying customer"): entitlement.lex.
@format 1
@lexicon en/impatience
@version 2026.11.22
@class imp_do: fix | merge | release | ship | finish | answer | respond | update | review | close | address | implement | publish | approve | accept | land | get
@class imp_span: days | weeks | months | years | decades | ages
@class imp_num: two | three | four | five | six | seven | eight | nine | ten | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | several | many

[already]
category: impatience
severity: medium
sureness: 0.8
match: <imp_do> (this|it|that) already
match: get (it|this|that) (done|fixed|merged|out) already
unless-before: (you|u|we|i|they|he|she|did|have|has|was|were|already|to|can|could)
message: Demands that something be done "already".
hit: Just {fix this already}.
hit: {Get it merged already}, it's been approved twice.
ok: We fixed it already in 4.1, please upgrade.
ok: Did you review it already? Then I'll merge.

[any-update-punct]
category: impatience
severity: medium
sureness: 0.7
match: any (update|updates|news|progress|eta|movement|response|answer|word) ? !
match: any (update|updates|news|progress|eta|movement|response|answer|word) ? ? ?
match: any (update|updates|news|progress|eta) ! !
message: Asks for an update with doubled punctuation ("any update?!").
note: A plain "any update?" is a normal question and does not match.
hit: {Any update?!}
hit: {any news???}
ok: Any update on this? I can help test.

[hello-anyone]
category: impatience
severity: low
sureness: 0.6
match: (hello|helloo|anyone|anybody|bueller|ping) ? ? ?
match: (is|are) (anyone|anybody) (home|alive|awake|listening)
message: Pings an unresponsive thread with "hello???" or "is anyone home?".
hit: {Hello???}
hit: {Is anyone home}? This has been open for a year.
ok: Is anyone there who knows the build system? I need a hand.

[still-not-fixed-after]
category: impatience
severity: medium
sureness: 0.75
match: still (not|isn't|isnt|hasn't|hasnt|wasn't|no) (fixed|merged|resolved|released|addressed|implemented|fix|release|response|answer) after
match: still (not|isn't|isnt|hasn't|hasnt|no) (fixed|merged|resolved|released|addressed|implemented|fix|response) (in|for|since) (years|ages|months|forever|decades)
match: <imp_span> (later|on|now) (and|but)? (still|nothing)
match: <imp_span> and still (no|nothing|not|waiting)
message: Complains that something is "still not fixed after" a long time.
note: A factual regression report ("still not fixed in 4.2.1") does not match: the rule needs "after" or a span of time.
hit: {Still not fixed after} three years.
hit: Five {years later and still} broken.
ok: The crash is still not fixed in 4.2.1; here is the trace.

[how-much-longer]
category: impatience
severity: medium
sureness: 0.7
match: how much longer (do|will|must|should|are|is|does)
match: how long (do|must) (we|i|users|people|everyone) (have|need) to wait
match: how long (must|should) (we|i|users|people|everyone) wait
match: how long (does|will|can|should) it take (you|u|them) to
message: Presses for speed ("how much longer do we have to wait?").
hit: {How much longer do} we have to wait?
hit: {How long does it take you to} merge a one-line fix?
ok: How long does it take to build R from source on Windows?

[bump]
category: impatience
severity: low
sureness: 0.6
match: bump bump
match: bump again
match: bumping again
match: (bumping|bump) (this|the) (thread|issue|ticket|pr|request)
match: bumpity bump
message: Bumps a thread to pressure maintainers.
note: "bump the version" and "bump the dependency" do not match.
hit: {Bump bump}.
hit: {Bumping this thread} again.
ok: Bump the version to 2.1 before tagging.
ok: Bumping this dependency fixes the CVE.

[been-months]
category: impatience
severity: medium
sureness: 0.5
match: (it's|its) been <imp_span>
match: it has been <imp_span>
match: (it's|its) been (over)? (a|one|two|three|four|five|six|several|many) (year|years|month|months)
match: (i've|ive|we've|weve) been waiting (for|since)? (months|years|weeks|ages|forever)
match: (i|we) have been waiting (for|since)? (months|years|weeks|ages|forever)
unless-after: (since|ago|before|after|when)
message: Complains about how long something has taken ("it's been months").
note: "it's been years since I used S-PLUS" is not impatience; sureness is moderate.
hit: {It's been months} and nobody has looked at this.
hit: {We've been waiting for years}.
ok: It's been a while since the last release, so here is a summary.
ok: It's been years since I used SAS.

[hurry-up]
category: impatience
severity: medium
sureness: 0.8
match: hurry up
match: hurry the (fuck|hell) up
match: chop chop
match: get a move on
match: move your (ass|arse|butt)
message: Tells someone to hurry up.
hit: {Hurry up}, we ship tomorrow.
ok: The hurry-up timer in the game demo is configurable.

[get-act-together]
category: impatience
severity: medium
sureness: 0.85
target: person
match: get (your|ur) (act|shit|crap|stuff) together
match: pull (your|ur) finger out
message: Tells someone to "get their act together".
hit: {Get your act together} and cut a release.
ok: Get your local checkout together with the submodules first.

[what-is-taking]
category: impatience
severity: medium
sureness: 0.7
match: (what's|whats) taking (so|this) long
match: what is taking (so|this) long
match: why is (this|it) taking (so|this) long
match: why does (this|it) take so long to (fix|merge|release|review|respond)
message: Asks why something is taking so long.
hit: {What's taking so long}?
hit: {Why is this taking so long} to review?
ok: Why does the build take so long on Windows? Is it the antivirus?

[should-have-been-fixed]
category: impatience
severity: medium
sureness: 0.65
match: should have been (fixed|done|merged|released|addressed|resolved) (years|months|ages|decades|weeks) ago
match: should've been (fixed|done|merged|released|addressed|resolved) (years|months|ages|decades|weeks) ago
message: Complains that something "should have been fixed years ago".
hit: This {should have been fixed years ago}.
ok: This should have been fixed in the last release, let me check why it wasn't.

[when-will]
category: impatience
severity: low
sureness: 0.45
match: will (this|it) (ever|finally|actually) (be|get) (fixed|merged|released|done|addressed)
match: (will|are) (you|they) (ever|finally|actually) (fix|merge|release|respond|answer|address)
match: is (this|it) ever (going|gonna) (to)? (be|get) (fixed|merged|released|done)
message: Asks "when will this ever be fixed?".
note: A plain "when will this be released?" is a normal question and does not match: the rule needs "ever", "finally" or "actually".
hit: When {will this ever be fixed}?
hit: {Is this ever going to be merged}?
ok: When will this be in a release? I'd like to plan the upgrade.

[is-this-dead]
category: impatience
severity: low
sureness: 0.5
match: is this (project|repo|library|package|thing) (dead|abandoned|abandonware)
match: (this|the) project is dead
match: does anyone (even)? maintain this
message: Asks whether the project is dead to pressure maintainers.
hit: {Is this project dead}?
ok: Is this project related to the older one on CRAN?

[years-old]
category: impatience
severity: low
sureness: 0.6
match: (open|opened|reported|filed|known) (for)? (over)? <imp_num> (years|yrs) (and|now) (still|nobody|nothing)
message: Complains that an issue has been open for years.
hit: Bug {reported five years and still} nothing.
ok: This was reported five years ago and fixed in 2021.

[asap-demand]
category: impatience
severity: medium
sureness: 0.6
match: (fix|merge|release|respond|answer|address|resolve) (this|it|that) (asap|immediately)
unless-before: (i'll|ill|i|we|we'll|will|to|can|could|should|would|i'd|let|me|us|gonna|shall)
message: Demands an immediate fix ("fix this ASAP").
hit: {Fix this asap}.
hit: Please {merge this asap}.
ok: Fix it now or in the next release, either is fine by me.
ok: I'll fix this asap, sorry for the breakage.

[why-havent-you]
category: impatience
severity: medium
sureness: 0.6
match: why (haven't|hasn't|havent|hasnt) (you|anyone|anybody|they) (fixed|merged|released|addressed|responded|answered|looked)
match: why (is|has) (nobody|noone) (fixed|merged|released|addressed|responded|answered|looked)
message: Demands to know why nobody has fixed it yet.
hit: {Why hasn't anyone fixed} this?
ok: Why hasn't the build picked up the new flag? Is the cache stale?

[still-open]
category: impatience
severity: medium
sureness: 0.5
match: why is this still (open|broken|unfixed|unmerged|unresolved|here)
match: why is this still not (fixed|merged|released)
match: (can't|cannot|cant) believe (this|it) (is|has) still
message: Complains that an issue is still open.
hit: {Why is this still open}?
hit: I {can't believe this is still} broken.
ok: Why is this link opened in a new tab?

[are-you-not-going-to]
category: impatience
severity: medium
sureness: 0.6
match: are (you|u) (not|ever|even) going to (merge|fix|release|respond|answer|review|look)
match: (is|will) (anyone|anybody|someone|somebody) (ever|even) going to (merge|fix|release|respond|answer|review|look)
message: Presses for action ("are you ever going to merge this?").
hit: {Are you ever going to merge} this?
ok: Are you going to merge it after the tests pass?

[fixed-yet]
category: impatience
severity: low
sureness: 0.4
match: (is|has) (this|it) (been)? (fixed|merged|released|done|resolved) yet
match: (still|even) waiting (for|on) (a|any|the)? (fix|response|answer|reply|release|merge|update)
message: Asks whether something is fixed "yet".
note: Often polite; low severity and sureness.
hit: {Has this been fixed yet}?
hit: We are {still waiting for a fix}.
ok: Is this fixed in the development version? Then I'll test it.

[one-line-fix]
category: impatience
severity: low
sureness: 0.35
match: (it's|its) (literally|just|only) (a|one) (one-line|one-liner|trivial|two-line|five-minute|5-minute|one-character|tiny) (fix|change|patch|pr)
match: (this|it) is (literally|just|only) (a|one) (one-line|one-liner|trivial|two-line|five-minute|5-minute|one-character|tiny) (fix|change|patch|pr)
message: Presses maintainers by calling the fix trivial.
note: Reviewers say the same thing sincerely ("it's a simple fix, thanks"); low sureness.
hit: Come on, {it's literally a one-line fix}.
ok: Thanks, a one-line fix like this is easy to review.
