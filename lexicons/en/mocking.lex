# Mocking: ridicule, sarcasm and condescension at someone's expense ("lol good luck with that", "congrats on breaking
# everything", "what a genius", "bless your heart", "let me explain it slowly").
#
# Sarcasm depends on context that a phrase rule cannot see, so most rules here have moderate sureness and the phrases
# are chosen for the forms that are nearly always sarcastic in developer discussion. Genuine praise ("great idea!",
# "congrats on the release") does not match: the sarcastic forms pair praise with breaking something, or use markers
# like "/s", "lol" or "said no one ever".
#
# Deliberately left out:
# - "lol" and emoji on their own (laughing with someone is fine); "cute" about clever code ("a cute trick");
# - "user error", "works on my machine": ordinary triage;
# - insults dressed as jokes are reported by insult.lex when they use insult words.
@format 1
@lexicon en/mocking
@version 2026.11.22

[good-luck-with-that]
category: mocking
severity: medium
sureness: 0.65
match: good luck with (that|this)
match: (lol|lmao|haha|hahaha) good luck
match: good luck (lol|lmao|haha|hahaha|lmfao)
unless-after: (deadline|release|talk|exam|move|project|new|interview|thesis|submission|one|patch|rfc|proposal|presentation)
message: Dismisses someone's plan with a sarcastic "good luck with that".
hit: You want to rewrite it in Haskell? {Good luck with that}.
hit: {lol good luck} getting that past the reviewers.
ok: Good luck with the release next week!
ok: Good luck with that patch series, I'll review it Friday.

[congrats-on-breaking]
category: mocking
severity: medium
sureness: 0.85
match: (congrats|congratulations|congratz|grats|bravo|kudos) (on|for)? (breaking|ruining|destroying|wrecking|bricking|screwing|alienating|wasting|losing|tanking)
match: (well|nicely) done (breaking|ruining|destroying|wrecking|bricking|alienating|wasting)
match: (nice|great|good) (job|work|going) (breaking|ruining|destroying|wrecking|bricking|alienating|wasting)
match: way to go (breaking|ruining|destroying|wrecking|bricking|alienating|wasting)
message: Sarcastic congratulations for breaking or ruining something.
hit: {Congrats on breaking} every downstream build.
hit: {Nice job breaking} the ABI in a point release.
ok: Congrats on the release, and thanks for fixing the ABI break.
ok: Great job killing the flaky test, it has been green all week.

[what-a-genius]
category: mocking
severity: medium
sureness: 0.65
match: (what|such) a genius
match: (real|absolute|certified|stable|true|evil) genius
match: galaxy-brain*
match: galaxy brain*
match: big-brain*
match: big brain (move|energy|idea|take|play)
message: Sarcastically calls someone a genius.
note: Sincere praise uses the same words ("what a genius solution!"), so sureness is moderate.
hit: Deleting the tests to make CI green, {what a genius}.
hit: A {galaxy-brained} take on error handling.
ok: The genius of the design is the lock-free queue.

[sarcasm-marker]
category: mocking
severity: medium
sureness: 0.8
match: (brilliant|great|genius|fantastic|wonderful|excellent|amazing|nice|smart|clever|stellar|superb) (idea|move|plan|decision|job|work|thinking|design|engineering) / s
message: Praise marked as sarcasm with "/s" ("brilliant idea /s").
note: A bare "/s" is not matched: it is a regex flag, a path segment or a unit ("MB/s") far more often than a sarcasm marker.
hit: Ship it on a Friday, {brilliant idea /s}
ok: The disk does about 500 MB/s, brilliant work on the I/O path.
ok: $text =~ s/title(.*)/x/s; great idea for the parser.

[sarcastic-praise]
category: mocking
severity: low
sureness: 0.4
match: (yeah|sure|oh|ah) (brilliant|great|genius|fantastic|wonderful|excellent|stellar|superb|fabulous|marvelous|marvellous) (idea|move|plan|decision|thinking|logic|reasoning|engineering)
message: Praise that reads as sarcasm ("oh great idea").
note: Sincere praise can take the same form ("Oh, great idea!"), hence low severity and sureness.
hit: {Oh brilliant idea}, let's break everyone's config.
hit: {Yeah great decision}, removing the only working backend.
ok: Great idea, I'll send a patch.
ok: Oh, nice work on the allocator!

[cute]
category: mocking
severity: medium
sureness: 0.5
match: how cute
match: (that's|thats) (so)? cute
match: cute (attempt|try|argument|theory|excuse|little)
message: Patronises someone's work or argument as "cute".
note: "a cute trick" and "cute but hard to read" are about code and do not match.
hit: {How cute}, you think the spec is optional.
hit: Nice {cute little} patch, but no.
ok: That's a cute trick with the bit masks.

[bless-your-heart]
category: mocking
severity: medium
sureness: 0.85
match: bless (your|ur|his|her|their) (heart|hearts|soul)
message: Condescends with "bless your heart".
hit: You tried to fix it yourself, {bless your heart}.
ok: Bless you for finding this bug!

[wow-just-wow]
category: mocking
severity: medium
sureness: 0.8
match: wow just wow
match: wow wow wow
message: Expresses exaggerated disbelief at someone ("wow, just wow").
hit: You closed it without reading? {Wow, just wow}.
ok: Wow, just what I needed for the parser.

[laughing-at]
category: mocking
severity: low
sureness: 0.45
match: lmao
match: lmfao
match: roflmao
match: rofl
match: lulz
match: kek
message: Laughs at someone ("lmao").
note: Low severity: laughter is often friendly. "lol" alone is not matched.
hit: {lmao} you really thought that would work
ok: The LMA optimiser is faster on small inputs.

[lol-no]
category: mocking
severity: medium
sureness: 0.65
match: (lol|lmao|haha) (no|nope|nah|what|ok|okay|sure|right|cope|wtf)
match: (lol|lmao|haha) yeah right
unless-after: (worries|worry|problem|problems|prob|probs|need|way|idea|clue)
message: Brushes someone off with a derisive "lol no".
hit: {lol no}, we are not adding a GUI.
hit: {haha sure}, because that worked so well last time.
ok: Lol, no worries, the fix is in.

[imagine-thinking]
category: mocking
severity: medium
sureness: 0.8
match: imagine (thinking|believing|expecting|assuming|defending|unironically|actually)
match: imagine not (knowing|reading|understanding|testing)
message: Ridicules someone with "imagine thinking ...".
hit: {Imagine thinking} volunteers owe you a roadmap.
hit: {Imagine not reading} the changelog before upgrading.
ok: Imagine a queue with two producers and one consumer.

[thanks-for-nothing]
category: mocking
severity: medium
sureness: 0.9
match: thanks for nothing
match: thank you for nothing
match: thanks a lot for nothing
match: thanks for wasting (my|our) time
match: thank you for wasting (my|our) time
message: Sarcastic thanks ("thanks for nothing").
hit: Closed as won't fix. {Thanks for nothing}.
ok: Thanks for the quick review.

[said-no-one-ever]
category: mocking
severity: low
sureness: 0.85
match: said no one ever
match: said nobody ever
match: said noone ever
match: said no developer ever
match: said no user ever
message: Ridicules a position with "said no one ever".
hit: "I love this new toolbar", {said no one ever}.
ok: No one ever said the API was stable.

[ok-boomer]
category: mocking
severity: medium
sureness: 0.9
match: (ok|okay|k) (boomer|zoomer|grandpa|gramps)
message: Dismisses someone by age ("ok boomer").
hit: {Ok boomer}, nobody uses mailing lists anymore.
ok: OK, boomerang fixtures are in tests/.

[want-a-cookie]
category: mocking
severity: medium
sureness: 0.8
match: (you|u) (want|deserve|expect) a (cookie|medal|trophy|parade|prize)
match: (here's|heres) (a|your) (cookie|medal|trophy|participation)
unless-before: (if|when|unless|whether|server|client|browser)
unless-after: (httponly|jar|session|header|headers|set|to|from|with|that|for|named|value|and|or)
message: Mocks someone for expecting credit ("do you want a cookie?").
hit: You fixed a typo, do {you want a cookie}?
hit: {Here's your medal}.
ok: The cookie jar is cleared on logout.

[cry-more]
category: mocking
severity: medium
sureness: 0.85
match: cry (more|harder|moar)
match: cry about it
match: cry me a river
match: cope and seethe
match: cope harder
match: stay mad
match: seethe
message: Taunts someone for being upset ("cry more", "cope harder").
hit: The PR is closed, {cry about it}.
hit: {Cope harder}.
ok: The crypto module is audited.

[skill-issue]
category: mocking
severity: medium
sureness: 0.85
match: skill issue
match: git gud
match: get gud
match: skill diff
message: Mocks someone's competence ("skill issue", "git gud").
hit: Can't get it to build? {Skill issue}.
hit: {Git gud}.
ok: The skill tree in the game demo is data driven.

[explain-slowly]
category: mocking
severity: medium
sureness: 0.8
match: (explain|spell|say|repeat|type) (it|this|that)? (out)? (slowly|slower)
match: like (you're|youre|ur) (five|5|six|stupid|dumb|slow)
match: like (you're|youre|ur) a (child|toddler|kid|baby)
match: (small|simple|short) words (for|so) (you|u)
message: Talks down to someone ("let me explain this slowly", "like you're five").
hit: Let me {explain this slowly}.
hit: I'll use {small words for you}.
ok: The cache warms slowly on the first run.

[captain-obvious]
category: mocking
severity: medium
sureness: 0.85
match: captain obvious
match: no shit sherlock
message: Mocks someone for stating the obvious.
hit: Thanks, {Captain Obvious}.
hit: {No shit, Sherlock}.
ok: The obvious fix is to check for NULL first.

[duh]
category: mocking
severity: low
sureness: 0.4
match: duh
match: well duh
match: no duh
message: Mocks someone for missing the obvious ("duh").
note: Often self-directed ("duh! back to first-year calculus for me"); low severity and sureness.
hit: {Duh}, that's what the error says.
ok: The Duhamel integral is in the appendix.

[keep-telling-yourself]
category: mocking
severity: medium
sureness: 0.8
match: keep telling (yourself|urself) that
match: whatever helps (you|u) sleep
message: Dismisses someone's claim as self-deception.
hit: It's stable? {Keep telling yourself that}.
ok: Keep telling the scheduler about new tasks.

[sure-you-did]
category: mocking
severity: low
sureness: 0.55
match: sure (you|u) (did|do)
unless-before: (make|makes|making|made|be|not|are|is|was|am|you're|i'm|im|unsure|you|u|i|we|they|he|she|pretty|quite|very|so|fairly|for|all|totally|absolutely|really|real|that|as|feel|felt)
unless-after: (not|that|the|a|it|this|what|so|your|something|any)
message: Doubts someone sarcastically ("sure you did").
hit: You tested it on ARM? {Sure you did}.
ok: Make sure you did a clean build first.
ok: Are you sure you did the rebase right?

[cool-story]
category: mocking
severity: medium
sureness: 0.85
match: cool story
message: Dismisses someone's account with "cool story bro".
hit: {Cool story} bro.
ok: The storage cool-down period is 30 seconds.

[touch-grass]
category: mocking
severity: medium
sureness: 0.85
match: touch (some)? grass
match: get a life
match: get a (girlfriend|boyfriend)
unless-after: (duration|cycle|cycles|time|span|expectancy|table|tables|estimate|estimates)
message: Tells someone to "touch grass" or "get a life".
hit: You've posted forty comments today, {touch some grass}.
hit: {Get a life}.
ok: The packets go outside the VPN tunnel.

[layer-8]
category: mocking
severity: medium
sureness: 0.7
match: pebkac
match: pebcak
match: idiot error
match: layer 8 (problem|issue|error)
match: picnic error
message: Blames a person with a jokey "PEBKAC" or "layer 8 problem".
hit: Closing, it's a {PEBKAC}.
hit: Classic {id10t error}.
ok: Layer 7 load balancing is configured in the proxy.

[new-here]
category: mocking
severity: medium
sureness: 0.7
match: (you|u) must be new (here|to)
match: first time (huh|eh)
message: Mocks someone as a newcomer ("you must be new here").
hit: {You must be new here}.
ok: You must be in the docker group to run this.

[holding-it-wrong]
category: mocking
severity: low
sureness: 0.6
match: holding it wrong
match: (you're|youre|ur) doing it wrong
message: Blames the person with "you're holding it wrong".
hit: It's not a bug, you're {holding it wrong}.
ok: The lock is held in the wrong order in the slow path.

[shocked]
category: mocking
severity: low
sureness: 0.6
match: color me (surprised|shocked)
match: colour me (surprised|shocked)
match: surprise surprise
match: what a shocker
match: big surprise there
message: Sarcastic surprise at someone's failure ("colour me surprised").
hit: It broke again. {Surprise surprise}.
ok: The surprise in the benchmark was the allocator.

[sweetie]
category: mocking
severity: medium
sureness: 0.7
target: person
match: sweetie
match: sweety
match: sweetheart
match: sweet summer child
match: kiddo
match: princess
match: little buddy
unless-before: (the|a|an)
message: Patronises someone with a pet name ("sweetie", "kiddo").
hit: Um, {sweetie}, that's not how pointers work.
ok: The sweet spot for the buffer size is 64 KiB.
ok: The Princess of Wales dataset is unrelated.

[what-are-you-smoking]
category: mocking
severity: medium
sureness: 0.85
target: person
match: what (are|were|is) (you|u|he|she|they) smoking
match: (whatever|what) (you're|youre) smoking
match: put down the (pipe|crack|bong)
unless-after: (about|now|today|here|with)
message: Mocks someone with "what are you smoking?".
hit: {What are you smoking}? That can't work.
ok: What are you on, Linux or Windows?

[get-rekt]
category: mocking
severity: medium
sureness: 0.85
match: rekt
match: (you|u) got (owned|pwned|schooled)
match: (you|u) sure showed (them|him|her|us|everyone)
message: Gloats at someone ("get rekt", "you sure showed them").
hit: Reverted. Get {rekt}.
hit: {You sure showed them}.
ok: You got served the cached page because of the CDN.

[bye-felicia]
category: mocking
severity: medium
sureness: 0.85
match: bye felicia
match: buh-bye
match: bye bye now
match: don't let the door hit (you|u)
message: Dismisses someone mockingly on their way out ("bye Felicia").
hit: Leaving for the fork? {Bye Felicia}.
ok: Bye for now, I'll send the patch tomorrow.

[nice-try]
category: mocking
severity: low
sureness: 0.5
match: nice try
match: good try
match: cute try
unless-after: (and|at|with|on|for)
message: Brushes off an argument with "nice try".
hit: {Nice try}, but the benchmark is rigged.
ok: Nice try at a fix, and the second version works.

[thoughts-and-prayers]
category: mocking
severity: low
sureness: 0.6
match: thoughts and prayers
match: rip (your|ur) (inbox|repo|project|career)
message: Mocks someone's misfortune ("thoughts and prayers").
hit: Your CI is red again, {thoughts and prayers}.
ok: Our thoughts go to the team that lost the server.
