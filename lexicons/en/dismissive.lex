# Dismissive: brushing a person off instead of answering the argument ("maybe the problem is you", "did you even read
# the patch", "learn to read", "nobody asked", "go away", "this is a waste of my time").
#
# Most of these contain no offensive word at all; what makes them dismissive is that they aim at the reader. The rules
# therefore carry the second person or an imperative, and exclude the ordinary technical phrases that share words with
# them ("the warning will go away", "the problem is you need to call init first", "please read the documentation of
# foo() for the defaults").
#
# Deliberately left out:
# - "please read the docs" and "see the documentation": pointing to documentation is normal help; only the
#   contemptuous forms ("RTFM", "read the fucking manual", "learn to read") are here;
# - "not our problem" and "won't fix": ordinary triage by maintainers;
# - moderators closing a thread ("locking this as too heated");
# - "shut up" said about oneself ("I'll shut up now"), which is common on mailing lists.
@format 1
@lexicon en/dismissive
@version 2026.11.22
@class dis_look: read | test | try | look | open | run | compile | build | check | bother | understand | use | click | skim | glance
@class dis_verb_after: need | needs | have | has | can | can't | cannot | are | were | did | didn't | do | don't | will | won't | would | should | must | use | used | call | called | pass | passed | want | get | got | set | run | ran | tried | try | forgot | missed | might | may | could | just | also | still | haven't | hadn't | only | never | expect | expected | assume | assumed | rely | relied | load | loaded | import | imported | compile | compiled | install | installed | build | built | mix | mixed | overwrite | overwrote | create | created | define | defined | wrote | write | ask | asked | see | saw | read | think

[problem-is-you]
category: dismissive
severity: high
sureness: 0.85
target: person
match: (maybe|perhaps|probably|clearly|obviously|possibly) the (problem|issue) is (you|u)
match: (you're|youre) the (problem|issue)
match: you are the (problem|issue)
unless-after: <dis_verb_after>
unless-after: (solver|solvers|owner|owners|reporter|expert|experts)
message: Blames the person instead of the code ("maybe the problem is you").
note: "the problem is you need to call init first" is ordinary advice and is excluded by the verb after "you".
hit: Everyone else manages to build it. {Maybe the problem is you}.
hit: Honestly, {you're the problem} here.
ok: Maybe the problem is you need a newer compiler.
ok: Perhaps the issue is you are linking the old library.

[did-you-even]
category: dismissive
severity: medium
sureness: 0.85
target: person
match: did (you|u) even <dis_look>
match: (do|does) (you|u) even (know|understand|use|read|code|program|test|care)
match: (have|has) (you|u) even (read|tried|looked|tested|used|opened|run|built|checked|bothered)
match: did (you|u) (bother|care) to (read|test|try|look|check|run|build)
message: Asks "did you even read it?": questions whether the person made any effort.
hit: {Did you even read} the patch?
hit: {Do you even know} how the allocator works?
hit: {Did you bother to test} this on Windows?
ok: Did you actually run it with -O2 or -O0?
ok: Did you read the second patch too? It changes the API.

[rtfm]
category: dismissive
severity: medium
sureness: 0.85
match: rtfm
match: rtfs
match: rtfd
match: rtfa
match: rtfc
match: rtft
match: stfw
match: lmgtfy
match: lmgify
message: Tells someone to "read the fucking manual" (RTFM) or "let me google that for you".
note: Quoted mentions ("a no-RTFM policy") are dropped by the scorer; the hyphenated form is one word and does not match.
hit: {RTFM}.
hit: {lmgtfy}: the answer is the first result.
ok: We adopted a no-RTFM policy on the list.

[read-the-fucking-manual]
category: dismissive
severity: medium
sureness: 0.95
match: read the (fucking|fine|friendly|freaking|damn|damned|goddamn|bloody|effing|frigging) (docs|documentation|manual|readme|faq|source|code|thread|error|message|log|changelog|spec|patch)
message: Tells someone to read the "fucking" manual.
hit: {Read the fucking manual} before opening issues.
hit: Just {read the f*cking thread}.
ok: Read the fine print in the license before redistributing.

[read-the-docs]
category: dismissive
severity: low
sureness: 0.3
match: (go|just) read the (docs|documentation|manual|readme|faq|source|code|thread|spec|changelog)
message: Curtly tells someone to read the documentation instead of answering.
note: Low sureness: pointing to documentation is often helpful. Only the curt imperative with "go" or "just" matches.
hit: {Go read the docs}.
hit: {Just read the source}, it's all there.
ok: Please read the documentation for the defaults of each argument.
ok: If you read the docs you'll find a section on this.

[learn-to-read]
category: dismissive
severity: medium
sureness: 0.85
target: person
match: learn to read
match: learn how to read
match: learn reading
match: (can't|cant|cannot) (you|u) read
match: (can|do) (you|u) (not|even) read
unless-after: (stack|backtraces|backtrace|traces|profiler|profiles|assembly|flame|logs|valgrind|core|dumps|diffs|disassembly|gdb|perf|ir|bytecode|hex|music|sheet|code|c|rust)
unless-after: the (output|stack|backtrace|log|logs|disassembly|profile|assembly|flame|core)
message: Tells someone to "learn to read".
note: Advice such as "learn to read stack traces" is excluded by the word after "read".
hit: {Learn to read}, it's in the first line of the README.
hit: {Can't you read}? The flag is documented.
ok: You should learn to read stack traces, they point at line 42.
ok: It takes a while to learn to read the output of perf.

[educate-yourself]
category: dismissive
severity: medium
sureness: 0.85
target: person
match: educate (yourself|urself|yourselves)
match: do (your|ur) own research
match: look it up (yourself|urself)
unless-before: (can|could|if|to|will|would|should|might|please)
message: Tells someone to "educate yourself" instead of answering.
hit: {Educate yourself} before commenting.
hit: Just {do your own research}.
ok: Let me look it up in the spec and get back to you.

[google-it]
category: dismissive
severity: low
sureness: 0.55
target: person
match: (just|go) google it
match: google is your friend
match: it's called google
match: its called google
message: Brushes someone off with "just google it".
hit: {Just google it}.
hit: {Google is your friend}.
ok: The Google Test integration is optional.

[not-my-problem]
category: dismissive
severity: medium
sureness: 0.6
match: not my (problem|concern|headache)
match: (that's|thats|it's|its) (a)? (you|u|your|ur) problem
match: sounds like a (you|u) problem
unless-before: (think|guess|suspect|believe|sure|if|whether|maybe|perhaps|not|hope)
unless-after: (is|was|here|seems|with|since|because|when|if)
message: Dismisses someone's issue as "not my problem" or "a you problem".
note: "your problem is that the PATH is wrong" is a diagnosis and is excluded by the word after it.
hit: {Not my problem}, use a supported platform.
hit: {Sounds like a you problem}.
hit: Windows? {That's your problem}.
ok: Your problem is that the PATH does not include ~/.local/bin.
ok: It's your problem here to weigh: speed or memory.

[nobody-asked]
category: dismissive
severity: medium
sureness: 0.85
match: (nobody|noone|who) asked
match: no one asked
unless-after: (for|about|whether|if|me|on|this|that|in|to|why|how|what|when|yet|and|the|a|them|him|her|us|around|me)
message: Brushes someone off with "nobody asked".
hit: {Nobody asked} you.
hit: {No one asked}, thanks.
ok: Nobody asked for this feature before 2023.
ok: No one asked about the Windows build on the list.

[nobody-cares]
category: dismissive
severity: medium
sureness: 0.6
match: (nobody|noone) cares
match: no one cares
match: (i|we) (don't|dont) care what (you|u) think
match: (nobody|noone) gives a (shit|damn|fuck|crap|toss|rat's|flying)
match: no one gives a (shit|damn|fuck|crap|toss|rat's|flying)
message: Dismisses someone's concern with "nobody cares".
note: Often aimed at a topic ("nobody cares about Python 2 any more"), hence moderate sureness.
hit: {Nobody cares} about your benchmark.
hit: {We don't care what you think}.
ok: The scheduler cares about latency, not throughput.

[who-cares]
category: dismissive
severity: low
sureness: 0.35
match: who cares
match: who gives a (shit|damn|fuck|crap|toss|rat's|flying)
message: Waves a concern away with "who cares".
note: Usually rhetorical about a detail ("the null is pointless, but who cares"); low severity and sureness.
hit: Windows 7? {Who cares}.
ok: Who carries the patch forward after the release?

[do-your-homework]
category: dismissive
severity: low
sureness: 0.4
target: person
match: do (your|ur) homework
message: Tells someone to "do your homework" before asking.
note: Posting guides say this in good faith; low severity and sureness.
hit: {Do your homework} first.
ok: The homework datasets are in the teaching package.

[go-away]
category: dismissive
severity: medium
sureness: 0.5
target: person
match: go away
match: get lost
match: take a hike
match: pound sand
match: go play in traffic
match: go fly a kite
match: get out of (here|my|our)
unless-before: (will|would|should|to|it|it'll|itll|they'll|that'll|they'd|it'd|it's|they|them|might|may|could|can|does|doesn't|didn't|won't|not|never|did|warning|warnings|problem|problems|error|errors|issue|issues|note|notes|message|messages|bug|bugs|that|this|these|those|then|i'll|ill|i|we|make|makes|made|let|letting|just|eventually|also|soon|packets|packet|changes|things|data|files|commits|often|sometimes|easily|which|who|mostly|all|see|likely|probably|definitely|certainly|hopefully|quickly|automatically|magically|immediately|or|but|gradually|simply|completely|entirely|totally|always|usually|really|actually|harmless|warnings)
message: Tells someone to go away or get lost.
note: "the warning will go away" and "packets get lost" are excluded by the word before; in R-devel these forms dominate.
hit: {Go away}, you are not helping.
hit: You can go {pound sand}.
ok: The warning will go away once you update.
ok: Messages get lost when the queue is full.

[shut-up]
category: dismissive
severity: high
sureness: 0.75
target: person
match: shut up
match: shut it
match: shut your (mouth|trap|piehole|face|pie-hole)
match: shut the (fuck|hell|heck|f) up
match: stfu
match: gtfo
match: shaddap
match: shaddup
match: shatup
match: shuddup
match: shutup
unless-before: (i|i'll|ill|i'd|we|we'll|better|well|should|will|to|i'm|gonna|now|must|can|could|might|just)
unless-after: (down|off|all|out|the)
message: Tells someone to shut up.
note: "I'll shut up now" is common self-talk on mailing lists and is excluded by the word before.
hit: {Shut up} and read the patch.
hit: {STFU} with the +1 comments.
ok: I'll shut up about this now.
ok: OK, I'd better shut up and go test it.
ok: Shut it down before the upgrade.

[waste-of-my-time]
category: dismissive
severity: medium
sureness: 0.55
match: (waste|wasting|wasted) (of)? (my|our|everyone's|everybody's) (time|evening|weekend|day)
message: Says that engaging with someone is a waste of time.
note: Also used about tools ("the build was a waste of my time"); sureness is moderate.
hit: This discussion is a {waste of my time}.
hit: Stop {wasting my time} with these PRs.
ok: It would waste time to run the full test suite on every commit.

[not-worth-my-time]
category: dismissive
severity: low
sureness: 0.5
match: not worth (my|our) (time|energy|effort|breath)
match: (i|we) have better things to do
match: beneath (me|us)
message: Says the person is not worth the writer's time.
hit: Arguing with you is {not worth my time}.
ok: The optimisation is not worth the complexity.

[grow-up]
category: dismissive
severity: medium
sureness: 0.65
target: person
match: grow up
match: grow a (spine|brain)
match: grow a thicker skin
unless-before: (to|will|they|projects|project|kids|children|it|as|and|we|which|may|can)
message: Tells someone to "grow up".
hit: {Grow up} and stop reopening the issue.
hit: {Grow a spine} and make a decision.
ok: Projects grow up and need governance.

[get-over-it]
category: dismissive
severity: medium
sureness: 0.65
target: person
match: get over (it|yourself|urself)
match: suck it up
match: deal with it .
unless-before: (to|can|could|will|would|should|we|i|must|how|way|code|tools|they|can't|cannot|cant|doesn't|won't|parser|it)
message: Dismisses someone's concern with "get over it" or "deal with it".
hit: The API changed, {get over it}.
hit: {Get over yourself}.
hit: Breaking change, {deal with it.}
ok: We need a way to get over it in the parser: skip the header.
ok: Someone will deal with it eventually.

[you-people]
category: dismissive
severity: medium
sureness: 0.5
target: group
match: (you|u) people
match: you lot
message: Lumps the readers together as "you people".
hit: What is wrong with {you people}?
ok: Do you people-watch at conferences? Off-topic, sorry.
ok: All of your patches are in.

[opinion-irrelevant]
category: dismissive
severity: medium
sureness: 0.85
target: person
match: your (opinion|opinions|input|feedback|vote|view|views|concerns|complaint|complaints) (is|are) (irrelevant|worthless|meaningless|useless|noise)
match: your (opinion|opinions|input|feedback|vote|view|views) (is|are) not (needed|wanted|welcome|required)
match: your (opinion|opinions|input|feedback|vote|views|concerns|complaints) (doesn't|don't|dont|doesnt) (matter|count)
match: (i|we) (didn't|didnt|don't|dont) ask for your (opinion|input|feedback|permission|advice)
match: (i|we) did not ask for your (opinion|input|feedback|permission|advice)
message: Tells someone their opinion does not matter.
hit: {Your opinion is irrelevant} here.
hit: {I didn't ask for your opinion}.
ok: Your opinion is welcome on the RFC.

[stay-in-lane]
category: dismissive
severity: medium
sureness: 0.85
target: person
match: stay in (your|ur) lane
match: know (your|ur) place
match: mind (your|ur) own business
match: keep (your|ur) opinions to (yourself|urself)
match: keep (your|ur) nose out
message: Tells someone to "stay in their lane" or "know their place".
hit: {Stay in your lane}.
hit: {Know your place}, this is a maintainer decision.
ok: Mind the lane markings in the diagram.

[stop-whining]
category: dismissive
severity: medium
sureness: 0.8
target: person
match: (stop|quit) (your)? (whining|whinging|crying|complaining|bitching|moaning|sniveling|snivelling)
match: (crybaby|cry-baby|crybabies|whiner|whiners)
unless-before: (i'll|ill|i|we|we'll|i'm|im|will|to|should)
message: Tells someone to stop whining.
hit: {Stop whining} and send a patch.
hit: Typical {crybaby}.
ok: Stop the service before upgrading.

[you-wouldnt-understand]
category: dismissive
severity: medium
sureness: 0.8
target: person
match: (you|u) (wouldn't|wouldnt) understand
match: (you|u) would not understand
match: (you|u) (can't|cannot|cant) possibly understand
match: too (complicated|complex|advanced|hard) for (you|u)
message: Says the person is not able to understand.
hit: It's a kernel thing, {you wouldn't understand}.
hit: The design is {too complicated for you}.
ok: Would you understand the trace better with symbols?

[not-rocket-science]
category: dismissive
severity: low
sureness: 0.6
match: (it's|its|this) (is)? not rocket science
match: it is not rocket science
match: (how|why) is this so hard for (you|u)
match: (how|why) is this so hard to understand
message: Condescends with "it's not rocket science".
hit: Come on, {it's not rocket science}.
ok: Orbital mechanics is literally rocket science.

[if-you-dont-like-it]
category: dismissive
severity: low
sureness: 0.5
match: if (you|u) (don't|dont) like it
match: (love|like) it or leave it
message: Dismisses criticism with "if you don't like it, leave".
note: Maintainers say "feel free to fork" in good faith too, hence low severity and sureness.
hit: {If you don't like it}, fork it.
ok: If you like it, star the repo.

[come-back-when]
category: dismissive
severity: medium
sureness: 0.8
target: person
match: come back when (you|u) (know|understand|learn|actually)
match: talk to me when (you|u) (know|understand|learn|actually)
message: Dismisses someone until they "know what they are talking about".
hit: {Come back when you understand} the memory model.
ok: Come back when the CI is green and I'll merge.

[done-talking]
category: dismissive
severity: medium
sureness: 0.75
target: person
match: (i'm|im) done (talking|arguing|discussing) (to|with) (you|u)
match: i am done (talking|arguing|discussing) (to|with) (you|u)
match: (i'm|im) not (talking|arguing) (to|with) (you|u) anymore
message: Ends the conversation by dismissing the person.
hit: {I'm done talking to you}.
ok: I'm done talking to the vendor, they will ship a fix.

[let-adults-talk]
category: dismissive
severity: medium
sureness: 0.9
target: person
match: let the (adults|grown-ups|grownups) (talk|handle|decide|work)
match: leave it to the (adults|grown-ups|grownups)
match: (adults|grown-ups|grownups) are talking
message: Treats someone as a child who should let "the adults" talk.
hit: {Let the adults talk}.
ok: Let the tests run before merging.

[learn-english]
category: dismissive
severity: medium
sureness: 0.7
target: person
match: learn (proper|basic|some)? english
match: (do|can) (you|u) (even)? speak english
unless-after: (as|in|for|at|on)
message: Mocks someone's English instead of answering.
note: "Please write in English" is a normal list rule and does not match.
hit: {Learn English} before filing bugs.
hit: {Do you even speak English}?
ok: Please write in English so everyone can follow.
ok: Students learn English as a second language here.

[not-helping]
category: dismissive
severity: low
sureness: 0.5
target: person
match: (you're|youre|ur) not helping
match: you are not helping
match: (you're|youre) not (being)? helpful
unless-before: (if|when|while|since|because|unless|whether)
message: Tells someone "you're not helping".
note: Moderators say this too; low severity.
hit: {You're not helping}.
ok: If you're not helping with the release, please review the docs.

[dont-you-understand]
category: dismissive
severity: medium
sureness: 0.7
target: person
match: (don't|dont|can't|cant) (you|u) (understand|see)
match: (don't|dont|can't|cant) (you|u) get it
unless-after: (how|why|what|that|the|this|it|a|which|where|when|if)
message: Condescends with "don't you understand?".
hit: It's deprecated, {don't you understand}?
ok: Don't you understand the trade-off here? I think it's worth it.

[has-anyone-tested]
category: dismissive
severity: medium
sureness: 0.65
match: (has|did) (anyone|anybody|nobody) (even|actually|ever) (test|tested|tried|run|ran|read|looked|compiled|built|reviewed)
message: Asks whether anyone even tested the change, implying nobody did.
hit: {Did anyone even test} this before release?
ok: Did anyone test the ARM build? I can't get a board.

[no-offense-but]
category: dismissive
severity: low
sureness: 0.45
match: no (offense|offence) but
match: with all due respect
match: not to be rude but
message: "No offense, but" usually introduces something offensive.
hit: {No offense, but} this PR is a mess.
ok: No offence taken, thanks for the review.

[who-are-you]
category: dismissive
severity: medium
sureness: 0.7
target: person
match: who (are|r) (you|u) (again|even|anyway)
match: who the (hell|fuck|heck) (are|r) (you|u)
match: (and|but) who (are|r) (you|u) to
message: Dismisses someone as a nobody ("who are you again?").
hit: Sorry, {who are you again}?
hit: {Who the hell are you} to tell us that?
ok: Who are you working with on the port?
