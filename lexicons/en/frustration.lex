# Bitter frustration: venting at others ("this is beyond ridiculous", "I'm sick and tired of", "for the love of god",
# "are you kidding me", "absolutely pathetic").
#
# Frustration is the most common kind of incivility in developer discussion and the mildest: most rules here have
# severity low or medium. They are worth a moderator's look when they pile up in one thread, or when they come with a
# target ("you people are pathetic").
#
# Deliberately left out:
# - honest statements of difficulty ("this is frustrating", "I'm stuck", "ugh", "sigh", "argh"): describing one's own
#   state is not incivility, and the R-devel archive is full of them;
# - "ugly", "horrible", "terrible", "awful" about code: technical criticism;
# - "unacceptable": entitlement.lex; "fix this already": impatience.lex.
@format 1
@lexicon en/frustration
@version 2026.11.22
@class fru_noun: joke | disgrace | travesty | farce | shitshow | clusterfuck | circus | trainwreck | train-wreck | fiasco | embarrassment

[beyond-ridiculous]
category: frustration
severity: medium
sureness: 0.85
match: beyond (ridiculous|absurd|stupid|pathetic|frustrating|infuriating|parody|belief|embarrassing|unacceptable)
match: beyond a joke
message: Vents that something is "beyond ridiculous".
hit: This thread is {beyond ridiculous}.
ok: Values beyond the range are clipped.

[this-is-ridiculous]
category: frustration
severity: medium
sureness: 0.6
match: (this|that|it) (is|was) (absolutely|utterly|totally|completely|just|so|really|frankly|simply|beyond|fucking|honestly)? (ridiculous|absurd|pathetic|laughable|ludicrous|embarrassing|shameful|disgraceful|infuriating|outrageous|farcical)
match: (it's|its|that's|thats|this's) (absolutely|utterly|totally|completely|just|so|really|frankly|simply|fucking|honestly)? (ridiculous|absurd|pathetic|laughable|ludicrous|embarrassing|shameful|disgraceful|infuriating|outrageous|farcical)
message: Vents that something is ridiculous, pathetic or absurd.
hit: {This is absolutely ridiculous}.
hit: Three years for a one-line fix, {that's pathetic}.
ok: This is a ridiculously fast allocator.
ok: It was absurdly simple once we found the cause.

[what-a-joke]
category: frustration
severity: medium
sureness: 0.75
match: (what|such) (a|an) <fru_noun>
match: (this|that|it) (is|was) (a|an) (complete|total|absolute|utter|fucking|bloody)? (disgrace|travesty|farce|shitshow|clusterfuck|circus|trainwreck|fiasco|embarrassment)
match: (it's|its|that's|thats) (a|an) (complete|total|absolute|utter|fucking|bloody)? (disgrace|travesty|farce|shitshow|clusterfuck|circus|trainwreck|fiasco|embarrassment)
match: (this|that|it) (is|was) (a|an) (complete|total|absolute|utter|fucking|bloody|sick|bad) joke
match: (it's|its|that's|thats) (a|an) (complete|total|absolute|utter|fucking|bloody|sick|bad) joke
unless-after: (of|to)
message: Calls the project or the discussion a joke, a farce or a disgrace.
note: "a joke" needs a modifier ("that's a joke, not a typo" is literal); "what a mess" and "what a nightmare" are left out as mostly self-directed laments.
hit: Three releases in a week, {what a circus}.
hit: Honestly, {this is a farce}.
ok: The joke is in the release notes, nothing more.
ok: What a mess of includes, let me clean them up.
ok: I think that's a joke, not a typo.

[pathetic]
category: frustration
severity: medium
sureness: 0.7
match: pathetic
match: pathetically
match: laughable
match: ludicrous
message: Calls something or someone pathetic or laughable.
note: Target auto: "you are pathetic" is reported as aimed at a person.
hit: The response from the vendor was {pathetic}.
hit: A {laughable} excuse for a test suite.
ok: The pathological case is the empty input.

[sick-and-tired]
category: frustration
severity: medium
sureness: 0.9
match: sick and tired
match: fed up (with|of)
match: sick to death of
match: had it up to here
match: had enough of (this|you|your|these|the)
message: Vents that the writer is "sick and tired" or "fed up".
hit: I'm {sick and tired} of these regressions.
hit: We are {fed up with} your attitude.
ok: The sick leave dataset has one row per employee.

[sick-of]
category: frustration
severity: low
sureness: 0.6
match: sick of (this|it|these|you|your|people|waiting|the|all)
message: Vents that the writer is sick of something.
hit: I'm {sick of waiting} for a release.
ok: The sick-of-it flag is a joke name in the test suite.

[love-of-god]
category: frustration
severity: medium
sureness: 0.85
match: for the love of (god|christ|pete|all|everything|linus|torvalds|jesus|mike)
match: for (god's|christ's|heaven's|pete's|goodness|fuck's|fucks|christs|gods) sake
match: for crying out loud
message: Exasperated appeal ("for the love of god", "for heaven's sake").
hit: {For the love of god}, run the tests before pushing.
hit: {For crying out loud}, read the thread.
ok: For the sake of argument, assume the input is sorted.

[kidding-me]
category: frustration
severity: medium
sureness: 0.85
match: are (you|u) (kidding|joking|shitting) me
match: are (you|u) for real
match: (you|u) (have|gotta|got) to be (kidding|joking)
match: (you|u) must be (kidding|joking)
message: Exasperated disbelief ("are you kidding me?").
hit: {Are you kidding me}? This broke again?
hit: {You have to be joking}.
ok: Are you joining the call later?

[kidding]
category: frustration
severity: low
sureness: 0.7
match: are (you|u) (kidding|joking|shitting)
unless-after: me
message: Exasperated disbelief ("are you kidding?").
note: The form with "me" is reported by kidding-me.
hit: Removed in a patch release? {Are you kidding}?
ok: Are you joining the kickoff call?

[are-you-serious]
category: frustration
severity: low
sureness: 0.55
match: are (you|u) (serious|seriously|insane|mad|crazy|high|drunk|nuts)
message: Asks "are you serious?" in exasperation.
note: Sometimes a genuine question, hence low severity.
hit: {Are you serious}? You removed the only config option we use.
ok: Are you serialising the whole object graph?

[out-of-your-mind]
category: frustration
severity: medium
sureness: 0.8
target: person
match: out of (your|ur) (mind|minds|gourd|skull)
match: lost (your|ur) (mind|minds|marbles)
match: off (your|ur) (meds|rocker)
message: Tells someone they are "out of their mind".
hit: You want to drop Linux support? Are you {out of your mind}?
ok: Out of your memory budget, the cache takes 40 percent.

[how-hard-can-it-be]
category: frustration
severity: medium
sureness: 0.65
match: how (hard|difficult) (can|could) it (possibly)? be
match: how (hard|difficult) is it to
message: Exasperated "how hard can it be?".
hit: It's one checkbox, {how hard can it be}?
hit: {How hard is it to} add a changelog entry?
ok: How hard it is to vectorise depends on the loop.

[how-many-times]
category: frustration
severity: medium
sureness: 0.8
match: how many (more)? times (do|must|should|will|have) (i|we)
match: for the (nth|umpteenth|hundredth|thousandth|millionth|fiftieth|twentieth|tenth) time
match: (told|said|explained|asked) (you|this|it) (a|ten|several|multiple|countless|many|100|10|three|five) (hundred|thousand|million|dozen)? times
message: Vents about repeating oneself ("for the umpteenth time").
hit: {How many times do I} have to say it?
hit: {For the umpteenth time}, the option is deprecated.
hit: I've {told you a thousand times}.
ok: How many times does the loop run?

[sucks]
category: frustration
severity: low
sureness: 0.6
match: sucks
match: sucked
match: sucky
match: suckage
match: suckiest
unless-after: (up|in|into|out|the|data|all|down|it|away|through)
message: Says something "sucks".
note: "sucks up memory" and "sucks in the data" are excluded.
hit: The new UI {sucks}.
hit: That release {sucked}.
ok: The loader sucks in the whole file at once.
ok: It sucks up all the RAM on large inputs.

[this-is-why]
category: frustration
severity: low
sureness: 0.7
match: this is why we can't have nice things
match: this is why (nobody|noone|people) (uses|use|trust|trusts|like|likes|hate|hates|left|leave|avoid|avoids)
match: no wonder (nobody|noone) (uses|trusts|likes|contributes|wants)
message: Vents with "this is why we can't have nice things".
hit: {This is why we can't have nice things}.
hit: {No wonder nobody uses} this library.
ok: This is why we cache the parsed headers.

[disgusting]
category: frustration
severity: medium
sureness: 0.7
match: disgusting
match: disgusted
match: revolting
match: repulsive
match: vile
match: despicable
match: deplorable
match: abhorrent
message: Calls something or someone disgusting or despicable.
hit: The way they treat contributors is {disgusting}.
hit: A {despicable} move by the vendor.
ok: Disgust is one of the emotion labels in the dataset.

[infuriating]
category: frustration
severity: low
sureness: 0.75
match: infuriating
match: infuriated
match: maddening
match: enraging
match: enraged
match: livid
match: furious
match: pisses (me|us) off
message: Vents anger ("infuriating", "this pisses me off").
hit: This regression is {infuriating}.
hit: It really {pisses me off}.
ok: The furthest point in the cloud is the outlier.

[worst-ever]
category: frustration
severity: low
sureness: 0.6
match: worst (thing|decision|idea|release|update|change|project|tool|library|api|design|maintainer|maintainers|experience) (ever|imaginable)
message: Vents that something is "the worst ever".
hit: The {worst decision ever} made in this project.
ok: The worst case is O(n log n).

[holy-crap]
category: frustration
severity: low
sureness: 0.6
match: oh my god
match: omfg
match: good grief
match: jesus christ
match: jesus h christ
match: jfc
match: christ almighty
message: Exasperated exclamation ("oh my god", "jesus christ").
hit: {Jesus Christ}, another regression.
hit: {JFC}, read the log.
ok: The Christoffel symbols are computed numerically.

[nightmare]
category: frustration
severity: low
sureness: 0.45
match: (absolute|total|complete|fucking|living|utter) nightmare
match: nightmare to (work|deal|use|maintain)
message: Calls something a nightmare.
note: "a maintenance nightmare" alone is ordinary criticism; only the emphatic forms match.
hit: The upgrade was an {absolute nightmare}.
ok: The Nightmare on Elm Street dataset is a joke name.

[lost-patience]
category: frustration
severity: low
sureness: 0.7
match: (lost|losing|lose) (my|all|our)? patience
match: (run|ran|running) out of patience
match: (my|our) patience (is|has) (wearing|worn|run|running|gone|exhausted)
message: Says the writer has lost patience.
hit: I have {lost my patience} with this project.
ok: The patience parameter controls early stopping.

[over-my-dead-body]
category: frustration
severity: low
sureness: 0.7
match: over my dead body
match: enough is enough
match: (i'm|im) done with (this|you|your|these|all)
match: i am done with (this|you|your|these|all)
message: Vents with "over my dead body" or "enough is enough".
hit: Drop Windows support? {Over my dead body}.
hit: {Enough is enough}.
ok: I'm done with the review, looks good.

[who-thought]
category: frustration
severity: medium
sureness: 0.8
match: who (thought|decided|said) (this|that|it) (was|is) a good idea
match: who in (their|his|her|the) right mind
match: what (were|was) (you|u|they|he|she) thinking
message: Vents at whoever made a decision ("who thought this was a good idea?").
hit: {Who thought this was a good idea}?
hit: {What were you thinking}?
ok: What were the benchmarks you ran?

[why-on-earth]
category: frustration
severity: low
sureness: 0.5
match: why on earth
match: why the (heck|fuck|f)
match: what on earth
match: how on earth
message: Exasperated "why on earth".
hit: {Why on earth} is the cache global?
ok: Why, on a second look, the cache is fine.

[you-broke]
category: frustration
severity: low
sureness: 0.5
target: person
match: (you|u) (broke|ruined|destroyed|wrecked|bricked) (our|my|production|prod|everything|everyone's|the)
message: Blames a person for breaking things.
note: Often a factual report ("you broke the Windows build in 4f2a"), hence low severity.
hit: {You broke everything} with that release.
ok: The release broke our CI, see the log.

[not-a-priority]
category: frustration
severity: low
sureness: 0.55
match: (isn't|not|never) a priority for (you|u|them|maintainers)
message: Complains that the issue "isn't a priority for you".
hit: Clearly documentation is {not a priority for you}.
ok: Windows is not a priority for the 2.0 release.

[i-hate-this]
category: frustration
severity: low
sureness: 0.5
match: (i|we) (hate|loathe|despise|detest) (this|that|these|your) (project|library|change|update|release|tool|language|ui|api|decision|crap|thing)
message: Vents hatred of a project, tool or change.
hit: {I hate this update}.
ok: I hate this kind of bug, it only shows up on ARM.
