# Insults: name-calling and attacks on a person's intelligence, competence or character.
#
# Covers the words ("idiot", "moron", "clueless") and the phrases developers use instead of words ("you have no idea
# what you're doing", "are you dense", "bunch of amateurs", "useless maintainers"). Single words use target auto, so
# "I was an idiot" is reported as self-directed (severity low) and "this stupid bug" as aimed at an artifact.
#
# Deliberately left out:
# - swear words used as insults ("asshole", "dipshit"): profanity.lex, which reports the word once;
# - slurs, including disability slurs ("retard"): identity_attack.lex, with higher severity;
# - disease, vermin and garbage metaphors ("you are a cancer"): dehumanizing.lex;
# - ridicule and sarcasm ("what a genius"): mocking.lex; brush-offs ("learn to read"): dismissive.lex;
# - words that are mostly technical or mild in developer mail: "lazy" (lazy loading), "dense" (dense matrix),
#   "thick", "naive", "silly", "ugly", "hack", "nonsense", "crazy". They appear only inside phrases aimed at a person.
@format 1
@lexicon en/insult
@version 2026.11.22
@class ins_role: maintainer* | developer* | dev | devs | contributor* | coder* | programmer* | engineer* | reviewer* | admin | admins | moderator* | mods | manager* | team | people | person | staff | guy | guys | folks

[idiot]
category: insult
severity: high
sureness: 0.85
match: idiot
match: idiots
match: idiotic
match: idiotically
match: idiocy
unless-after: (proof|proofing|proofed)
message: Name-calling: calls someone an idiot or their work idiotic.
note: Common in self-deprecation ("I must be an idiot"), which the scorer reports as self-directed, severity low.
hit: Only an {idiot} would merge this without running the tests.
hit: Stop replying, you absolute {id1ot}.
hit: Stop acting like an {i.d.i.o.t} about it.
ok: The installer is idiot-proof now.
ok: We need more idiot proofing in the argument checks.

[moron]
category: insult
severity: high
sureness: 0.95
match: moron
match: morons
match: moronic
match: moronically
message: Name-calling: calls someone a moron.
hit: Whoever wrote this is a {moron}.
hit: What a {m0r0nic} way to handle errors.
ok: See the morning build log for the failure.

[imbecile]
category: insult
severity: high
sureness: 0.95
match: imbecile
match: imbeciles
match: imbecilic
message: Name-calling: calls someone an imbecile.
hit: Only an {imbecile} would ship that.
ok: The embedded build is fine on ARM.

[cretin]
category: insult
severity: high
sureness: 0.9
match: cretin
match: cretins
match: cretinous
message: Name-calling: calls someone a cretin.
hit: Some {cretin} force-pushed over main again.
ok: A certain amount of retries is expected.

[stupid]
category: insult
severity: medium
sureness: 0.5
match: stupid
match: stupidity
match: stupidly
match: stupidest
match: stupider
unless-after: (simple|easy|fast|question|questions|mistake|mistakes|typo|typos)
message: Calls someone, or their work, stupid.
note: Often aimed at code ("this stupid bug") or at oneself ("I feel stupid"); target auto tells those apart, so sureness is moderate. "a stupid question" and "a stupid mistake" are nearly always self-deprecating on mailing lists and are excluded.
hit: Are you {stupid} or just not reading the thread?
hit: That was a {stuuupid} decision and you know it.
ok: The new API is stupid simple to use.
ok: The stupid-simple approach works fine here.
ok: Sorry if this is a stupid question, but does R build on RISC-V?

[dumb]
category: insult
severity: medium
sureness: 0.5
match: dumb
match: dumber
match: dumbest
unless-before: (play|playing|played)
unless-after: (terminal|terminals|pipe|pipes|quote|quotes|down|luck|client|clients|mode|switch|buffer|mutex|question|questions|mistake|mistakes|typo|typos)
message: Calls someone, or their work, dumb.
note: "dumb terminal", "dumb pipe" and "dumb quotes" are technical; "dumbed down" is about simplifying.
hit: That is the {dumbest} review comment I have read this year.
hit: Only someone {dumb} would argue with the benchmark.
ok: It behaves like a dumb terminal when TERM is unset.
ok: Convert the smart quotes to dumb quotes before parsing.
ok: We should not dumb down the error messages.
ok: This may be a dumb question, but is the lock needed?

[dumbass]
category: insult
severity: high
sureness: 0.95
match: dumbass
match: dumbasses
match: dumb-ass
match: dumb-asses
match: dumb ass
message: Name-calling: calls someone a dumbass.
hit: Read the log, {dumb@ss}.
hit: Some {dumb ass} deleted the release tag.
ok: The dumb assertion in the test is wrong.

[clueless]
category: insult
severity: medium
sureness: 0.6
match: clueless
match: cluelessness
message: Calls someone clueless.
note: Also self-deprecating ("I'm clueless about autoconf"); target auto reports that as self.
hit: The reviewers are completely {clueless} about how ARM works.
ok: I have no clue why the cache misses.

[incompetent]
category: insult
severity: medium
sureness: 0.7
match: incompetent
match: incompetence
match: incompetents
message: Calls someone incompetent.
hit: This level of {incompetence} from the maintainers is astonishing.
ok: The competent authority approved the license.

[brain-dead]
category: insult
severity: medium
sureness: 0.55
match: brain-dead
match: braindead
match: brain dead
message: Calls someone, or their work, brain-dead.
note: Often aimed at a design ("brain-dead API"), which target auto reports as artifact.
hit: Whoever approved this is {brain-dead}.
hit: This is {braindead}, and so is everyone defending it.
ok: The brain of the scheduler is the run queue.

[dimwit]
category: insult
severity: high
sureness: 0.9
match: dimwit
match: dimwits
match: dimwitted
match: nitwit
match: nitwits
match: halfwit
match: halfwits
match: half-wit
match: half-wits
match: half-witted
message: Name-calling: calls someone a dimwit, nitwit or half-wit.
hit: Only a {nitwit} would call that a fix.
hit: Any {half-wit} can see the race.
ok: The dimmer switch driver needs a quirk.

[dated-insults]
category: insult
severity: medium
sureness: 0.85
match: (numbskull*|numskull*|nincompoop*|ignoramus|ignoramuses|ignorami|dunce|dunces|buffoon*|simpleton*|dullard*|blockhead*|bonehead*|knucklehead*|meathead*|airhead*|muppet*|numpty|numpties|pillock*|plonker*|twit|twits)
match: (dolt|dolts|doltish|oafish|schmuck|schmucks|putz|putzes|dweeb|dweebs|dipstick|dipsticks|dingbat|dingbats|doofus|goofball|goofballs|bozo|bozos|chump|chumps|ninny|ninnies|dimbulb|dumbo|dumbos)
unless-before: zapf
message: Name-calling with an old-fashioned or British insult.
hit: Some {numpty} merged it on a Friday.
hit: The {buffoons} on the core team broke it again.
ok: Numbers in the blocklist header are big-endian.
ok: Follow us on Twitter for release news.
ok: The PDF device always embeds Zapf Dingbats for the plotting symbols.

[clown]
category: insult
severity: medium
sureness: 0.75
match: clown
match: clowns
match: clownish
message: Calls someone a clown.
hit: Which {clown} approved this release?
ok: The clownfish example in the tutorial renders fine.

[loser]
category: insult
severity: medium
sureness: 0.75
match: loser
match: losers
unless-before: (winners|winner|and)
unless-after: (than|in|to|for|and|or|by|with)
message: Calls someone a loser.
hit: Only {losers} still use that editor.
ok: Every API break has winners and losers.

[jerk]
category: insult
severity: medium
sureness: 0.7
match: jerk
match: jerks
unless-before: (knee|circle)
unless-after: off
message: Calls someone a jerk.
hit: Don't be such a {jerk} about a typo.
ok: That was a knee jerk reaction on my part.
ok: The knee-jerk response is to add a flag.

[troll]
category: insult
severity: medium
sureness: 0.5
match: troll
match: trolls
match: trolling
message: Calls someone a troll.
note: Also used by moderators describing behaviour ("please don't feed the trolls") and as a name (the TROLL econometrics system); sureness is moderate.
hit: Stop {trolling} the issue tracker.
hit: You are just a {troll}.
ok: The controller restarts the pod on failure.

[fool]
category: insult
severity: medium
sureness: 0.7
match: (you|a|an|such|complete|total|utter|absolute|old|ignorant|arrogant) (fool|fools)
match: (these|those|bunch|pack) (fool|fools)
unless-after: (the|it|them|us|me|him|her|around|yourself|anyone|anybody|people|nobody|everyone|r|gcc)
message: Calls someone a fool.
note: "fool" is more often a verb in technical mail ("enough to fool the linker"), so only noun phrases match.
hit: Only {a fool} would believe that benchmark.
hit: Listen, {you fool}.
ok: A stub is enough to fool the linker.
ok: Can you fool the test harness this way?

[ignorant]
category: insult
severity: medium
sureness: 0.5
match: ignorant
unless-after: (of|about|as|to|on)
message: Calls someone ignorant.
note: "ignorant of X" is an ordinary admission of not knowing, so it is excluded.
hit: That is an {ignorant} comment from someone who never read the code.
ok: I was ignorant of the new flag until today.

[arrogant]
category: insult
severity: medium
sureness: 0.55
match: arrogant
match: arrogance
match: arrogantly
message: Calls someone arrogant.
hit: The {arrogance} of this team is unbelievable.
ok: The array gets arranged in row-major order.

[hypocrite]
category: insult
severity: medium
sureness: 0.8
match: hypocrite
match: hypocrites
match: hypocritical
match: hypocrisy
message: Calls someone a hypocrite.
hit: You are such a {hypocrite}: you merged the same thing last week.
ok: The hypotenuse is computed with hypot().

[liar]
category: insult
severity: high
sureness: 0.8
match: liar
match: liars
match: (you|u) (lied|lie)
match: (you're|youre|ur) (lying|lyin)
match: you are lying
message: Calls someone a liar.
hit: You are a {liar}.
hit: {You lied} about running the tests.
hit: Stop it, {you're lying}.
ok: The second layer of the cache lies behind the proxy.
ok: Does the bug lie in the parser?

[coward]
category: insult
severity: medium
sureness: 0.8
match: coward
match: cowards
match: cowardly
match: cowardice
message: Calls someone a coward.
hit: Closing the issue instead of answering is {cowardly}.
ok: The cow example in the docs is about farm data.

[illiterate]
category: insult
severity: medium
sureness: 0.7
match: illiterate
match: illiterates
message: Calls someone illiterate, usually for not reading something.
hit: Are you {illiterate}? It is in the first line of the README.
ok: The literate programming tools are in noweb.

[know-it-all]
category: insult
severity: medium
sureness: 0.85
match: know-it-all
match: know-it-alls
match: smartass*
match: smart-ass*
match: wiseass*
match: wise-ass*
match: smart-aleck*
match: smartypants
message: Calls someone a know-it-all or a smart-ass.
hit: Nobody asked you, {smart@ss}.
hit: Typical {know-it-all} reply.
ok: The smart pointer owns the buffer.

[snowflake]
category: insult
severity: medium
sureness: 0.8
match: (special|little|precious|delicate|tender|fragile|you) (snowflake|snowflakes)
message: Calls someone a "snowflake".
hit: Sorry if that hurt your feelings, {special snowflake}.
ok: The snowflake schema has one more join.
ok: We switched the warehouse from Snowflake to Postgres.

[neckbeard]
category: insult
severity: medium
sureness: 0.85
match: neckbeard*
message: Calls someone a neckbeard.
hit: Typical {neckbeards} gatekeeping the mailing list.
ok: The neck of the loop is the hot path.

[script-kiddie]
category: insult
severity: medium
sureness: 0.8
match: script (kiddie|kiddies|kiddy)
match: script-kiddie
match: script-kiddies
message: Calls someone a script kiddie.
hit: This PR was clearly written by a {script kiddie}.
ok: The install script checks the kernel version.

[noob]
category: insult
severity: medium
sureness: 0.5
match: noob
match: noobs
match: noobish
message: Calls someone a noob.
note: Self-description ("noob question") is reported as self-directed.
hit: Learn git first, {n00b}.
ok: The notebook kernel restarted.
ok: newa and newb are the updated parameters.

[lunatic]
category: insult
severity: medium
sureness: 0.7
match: lunatic*
match: nutjob*
match: nut-job*
match: nutcase*
match: psycho
match: psychos
match: psychopath*
match: sociopath*
match: maniac
match: maniacs
message: Calls someone a lunatic or a psycho.
note: Words like "psychology" do not match: "psycho" matches the whole word only.
hit: Some {lunatic} decided tabs were forbidden.
hit: The maintainer is a total {nutjob}.
ok: He is a professor of psychology.

[zealot]
category: insult
severity: medium
sureness: 0.6
match: zealot
match: zealots
match: fanboy
match: fanboys
match: fanboi
match: fanbois
match: fangirl
match: fangirls
match: shill
match: shills
message: Calls someone a zealot, fanboy or shill.
hit: Typical Rust {zealots} rewriting everything.
hit: You are a paid {shill} for that vendor.
ok: The shell script is in tools/.

[dunning-kruger]
category: insult
severity: medium
sureness: 0.8
match: dunning-kruger
match: dunning kruger
message: Diagnoses someone with the Dunning-Kruger effect.
hit: Classic {Dunning-Kruger} from the new maintainer.
ok: Kruger's paper on numerical stability is the reference.

[sheeple]
category: insult
severity: medium
sureness: 0.9
match: sheeple
message: Calls people "sheeple".
hit: Only {sheeple} follow the default config.
ok: The sheep example dataset is in the package.

[you-are-a-joke]
category: insult
severity: medium
sureness: 0.85
target: person
match: (you're|youre|ur) (a|an) (hack|fraud|joke|disgrace|embarrassment|liability|menace|laughingstock|parasite)
match: you are (a|an) (hack|fraud|joke|disgrace|embarrassment|liability|menace|laughingstock|parasite)
message: Tells someone they are a fraud, a joke or a disgrace.
hit: Honestly, {you're a joke}.
hit: {You are an embarrassment} to this project.
ok: That joke in the changelog is a bit old.
ok: Your hack works, but let's do it properly.

[you-are-hopeless]
category: insult
severity: high
sureness: 0.85
target: person
match: (you're|youre|ur) (so|just|truly|completely|utterly|totally)? (hopeless|useless|worthless|pathetic|incompetent|clueless|ignorant|stupid|dumb|unbearable|insufferable)
match: you are (so|just|truly|completely|utterly|totally)? (hopeless|useless|worthless|pathetic|incompetent|clueless|ignorant|stupid|dumb|unbearable|insufferable)
message: Tells someone they are hopeless, useless or worthless.
hit: {You're completely hopeless}.
hit: Seriously, {you are useless}.
ok: The warning is useless here.
ok: Are you sure the hopeless case is handled?

[you-suck]
category: insult
severity: high
sureness: 0.85
target: person
match: (you|u) (suck|sux)
match: (you|u) guys (suck|sux)
unless-after: (up|in|out|it|the|data|down)
message: Tells someone they suck.
hit: {You suck} at reviewing.
hit: Honestly {you guys suck}.
ok: Does the new build suck less memory?

[no-idea-what-doing]
category: insult
severity: medium
sureness: 0.85
target: person
match: (you|u) (have|had) no (idea|clue) what (you're|youre|ur) (doing|saying|talking)
match: (you|u) (have|had) no (idea|clue) what (you|u) (are|were) (doing|saying|talking)
match: (you|u) (don't|dont|clearly|obviously) (know|understand) what (you're|youre|ur) (doing|saying|talking)
match: (you|u) (don't|dont|clearly|obviously) (know|understand) what (you|u) (are|were) (doing|saying|talking)
message: Tells someone they have no idea what they are doing.
hit: {You have no idea what you're doing}, do you?
hit: It's obvious {you don't know what you are talking} about.
ok: I have no idea what I'm doing with autoconf.
ok: Do you have any idea what the default is?

[are-you-dense]
category: insult
severity: high
sureness: 0.85
target: person
match: (are|r) (you|u) (dense|thick|daft|blind|illiterate|braindead|brain-dead|mental|stupid|dumb|insane|nuts)
match: (are|r) (you|u) (a|an) (idiot|moron|imbecile|halfwit|clown)
match: how (dense|thick|daft|blind|stupid|dumb|slow) (are|can) (you|u)
match: what is wrong with (you|u)
match: what's wrong with (you|u)
message: Questions someone's intelligence ("are you dense?").
hit: {Are you blind}? The answer is in the log.
hit: {How dense can you} be?
hit: Seriously, {what's wrong with you}?
ok: Are you using a dense matrix here?
ok: What's wrong with your build: the compiler flags.
ok: Are you simply using the default config?

[bunch-of]
category: insult
severity: high
sureness: 0.9
target: group
match: (bunch|pack|band|gang|herd) of (amateurs|clowns|idiots|morons|monkeys|children|kids|incompetents|imbeciles|fools|muppets|lunatics|hacks|losers|zealots|fanboys|cowboys|cavemen|trolls)
message: Name-calling aimed at a whole group ("bunch of amateurs").
hit: This project is run by a {bunch of amateurs}.
hit: A {pack of clowns}, honestly.
ok: A bunch of tests fail on Windows.
ok: A pack of ARM builders is available.

[amateur-hour]
category: insult
severity: medium
sureness: 0.85
match: amateur (hour|night|hour's)
match: amateurish
message: Calls someone's work amateurish ("amateur hour").
hit: This release process is {amateur hour}.
hit: An {amateurish} attempt at a fix.
ok: The amateur radio package uses this codec.

[role-insult]
category: insult
severity: medium
sureness: 0.85
match: (useless|worthless|incompetent|lazy|clueless|braindead|brain-dead|arrogant|lousy|terrible|pathetic|stupid|idiotic|moronic|dumb|careless|sloppy) <ins_role>
unless-after: (mode|modes|build|builds|version|versions|guide|docs|documentation|tools|tooling|option|options|setting|settings|console|edition|experience|environment|setup|server|branch|dependency|dependencies)
unless-after: like (me|myself|us)
message: Insults people by role ("useless maintainers", "lazy devs").
note: Overlaps the single-word rules on purpose: the phrase is surer than the word and names the target.
hit: The {useless maintainers} closed it again.
hit: Typical {lazy devs}.
ok: The lazy developer mode compiles on demand.
ok: Useless code paths were removed by the developer.

[even-a-child]
category: insult
severity: medium
sureness: 0.85
target: person
match: even (a|my|an) (child|kid|toddler|monkey|chimp|grandma|grandmother|intern|intern's|undergrad|five-year-old|5-year-old|beginner) (could|can|would)
message: Says a child or a monkey could do better: belittles the person's competence.
hit: {Even a monkey could} write a better allocator.
hit: {Even my grandma would} have caught that.
ok: Even a small change can break the ABI.

[ego]
category: insult
severity: medium
sureness: 0.75
match: your (fragile|massive|huge|giant|enormous|inflated|bruised|big|overinflated) ego
match: (his|her|their) (fragile|massive|huge|giant|enormous|inflated|bruised|overinflated) ego*
message: Attacks someone's ego instead of their argument.
hit: Nobody cares about {your fragile ego}.
ok: The Ego network analysis package is on CRAN.

[waste-of-oxygen]
category: insult
severity: high
sureness: 0.9
match: waste of (oxygen|skin|air|carbon)
match: waste of a (human|person)
message: Calls someone a waste of oxygen or skin.
hit: That guy is a {waste of oxygen}.
ok: The old format is a waste of space on disk.

[pea-brain]
category: insult
severity: high
sureness: 0.9
match: pea-brain*
match: peabrain*
match: pea brain*
match: small-brained
match: tiny-brained
match: smooth brain
match: smoothbrain*
match: smooth-brain*
message: Mocks someone's intelligence ("pea brain").
hit: Your {pea-brained} idea broke CI.
hit: Classic {smooth brain} take.
ok: The pea plant dataset is in the examples.
ok: A small brain imaging package depends on this.
ok: The smooth scrolling patch landed.

[shame-on-you]
category: insult
severity: medium
sureness: 0.8
target: person
match: shame on (you|u|them|him|her|everyone|y'all)
match: (you|u) should be ashamed
match: (you|u) should be ashamed of (yourself|yourselves)
message: Condemns someone with "shame on you".
hit: Closing it without a word? {Shame on you}.
hit: {You should be ashamed} of this release.
ok: Shame the docs don't mention it.

[bad-faith]
category: insult
severity: medium
sureness: 0.6
target: person
match: (deliberately|intentionally|knowingly|wilfully|willfully) (misleading|lying|deceiving|misrepresenting|obtuse|ignoring)
match: (acting|arguing|argue|acted|argued) in bad faith
match: (bad-faith|disingenuous) (argument|arguments|actor|actors|reply|take|comment)
message: Accuses someone of lying or arguing in bad faith.
hit: You are {deliberately misleading} users.
hit: You are {arguing in bad faith}.
ok: The flag is deliberately ignored on Windows.
ok: The old API was misleading, so we renamed it.

[zero-understanding]
category: insult
severity: medium
sureness: 0.7
target: person
match: (you|u) (have|show) (zero|no|little) (understanding|knowledge|clue|grasp|comprehension) (of|about)
match: (you|u) (clearly|obviously|evidently) (don't|dont|didn't|didnt|can't|cant) (understand|know|get|grasp|read)
unless-before: (if|when|unless|whether|since|once)
message: Tells someone they have no understanding of the subject.
hit: {You have zero understanding of} the memory model.
hit: {You clearly don't understand} how linking works.
ok: If you have no knowledge of autoconf, start with the wrapper script.
ok: You clearly understand the problem better than I do.

[sjw]
category: insult
severity: medium
sureness: 0.75
match: sjw
match: sjws
match: social justice warrior*
match: soyboy*
match: soy boy
match: soy boys
match: cuck
match: cucks
match: cucked
match: femoid*
match: foid
match: foids
match: roastie*
message: Political or misogynist name-calling ("SJW", "soyboy", "cuck").
note: "femoid" and "foid" are misogynist slurs and could also sit in identity_attack; they are kept here with the other culture-war insults.
hit: Typical {SJW} nonsense in the code of conduct.
hit: Only a {cuck} would accept that license.
ok: The soy sauce example is in the tutorial.

[hate-you]
category: insult
severity: high
sureness: 0.8
target: person
match: (i|we) (hate|despise|loathe|detest) (you|u|ya|him|her|everyone)
match: (i|we) (hate|despise|loathe|detest) (the|these|those|this|your|all) (devs|developers|maintainers|team|people|guys|reviewers|contributors)
unless-after: (for|when|if|to|because|but)
message: Says the writer hates a person or the people on a project.
note: "I hate to say it" and "I hate it when the build breaks" do not match; "I hate you for..." is excluded only to keep joking thanks ("I hate you for finding this") out.
hit: Honestly, {I hate you}.
hit: {I despise the maintainers} of this crate.
ok: I hate to say it, but the old parser was faster.
ok: I hate it when the cache goes stale.

[not-fit]
category: insult
severity: medium
sureness: 0.75
target: person
match: (unfit|unqualified|incompetent) to (maintain|lead|review|code|program|contribute|be)
match: not (fit|qualified|competent) to (maintain|lead|review|code|program|contribute)
message: Says someone is not fit to maintain, lead or review.
hit: You are {unfit to maintain} this subsystem.
hit: He is {not qualified to review} kernel code.
ok: The model is not fit to the last ten points.
