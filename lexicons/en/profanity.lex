# Profanity: swearing and vulgar words, whoever they are aimed at.
#
# Words use target auto: profanity aimed at oneself ("I fucked up the rebase") is reported as self-directed with
# severity low, and profanity about code ("this shitty build script") as artifact-directed. Phrases that aim the word
# at a person ("fuck you", "piece of shit" said to someone) are separate entries with severity high, and the word
# entries step aside for them (unless-after) so one span is reported once.
#
# Deliberately left out:
# - mild intensifiers and minced oaths that are ordinary in technical mail: "heck", "darn", "freaking", "sucks" (the
#   last is in frustration.lex), "hell" on its own ("dependency hell", "DLL hell"): only "what the hell" and
#   "go to hell" style phrases are here;
# - "bs" (B-splines, backslash) and "mf" (MF packages, medium frequency);
# - sexual vulgarity ("blowjob", "dick pic"): sexual.lex; slurs: identity_attack.lex;
# - "shut the fuck up" and "stfu" as brush-offs: dismissive.lex (the word itself is still reported here).
@format 1
@lexicon en/profanity
@version 2026.11.22

[fuck]
category: profanity
severity: medium
sureness: 0.95
match: fuck*
match: fck
match: fcking
match: fckin
match: fking
match: fukin
match: fukkin
match: fcuk
match: fcuking
unless-after: (you|u|off|yourself|yourselves|ya)
message: Uses the word "fuck" or a form of it.
hit: This {fucking} build breaks every week.
hit: Who the {f*ck} approved this?
hit: {F u c k} this toolchain.
ok: The fork of the kernel tree is on GitHub.
ok: Fukushima data is in the example set.

[fuck-you]
category: profanity
severity: high
sureness: 0.95
target: person
match: (fuck|fuk|fck|fcuk|screw) (you|u|off|yourself|yourselves|ya)
match: (fuck|screw) you (guys|people|all)
message: Tells someone to fuck off.
hit: {Fuck you}, I'm done with this project.
hit: Just {f*ck off} already.
hit: Go {fuck yourself}.
ok: Screw the bracket on before you power it up.
ok: Which screw do you need for the mount?

[motherfucker]
category: profanity
severity: high
sureness: 0.98
match: motherfuck*
match: mutherfuck*
match: mofo
match: mofos
message: Uses "motherfucker" or a form of it.
hit: Some {motherfucker} deleted the tag.
ok: The mother board revision is printed on the PCB.

[wtf]
category: profanity
severity: medium
sureness: 0.75
match: wtf
match: wtaf
match: wtfs
message: Uses "WTF" (what the fuck).
note: Often aimed at code ("wtf is this function"), which target auto reports as artifact.
hit: {WTF} is this commit message?
hit: {wtf} were you thinking
ok: The WTForms integration is optional.

[shit]
category: profanity
severity: medium
sureness: 0.9
match: shit
match: shits
match: shitty
match: shittier
match: shittiest
match: shite
match: shitting
match: shitted
match: shitshow
match: shit-show
match: shitload
match: shitloads
match: shitton
match: shitstorm
match: shitpost*
match: shithole
match: shitholes
message: Uses the word "shit" or a form of it.
hit: This is a {shitty} way to handle errors.
hit: Holy {sh!t}, it finally links.
hit: The whole release was a {shitshow}.
ok: Press Ctrl-Shift-E to open the explorer.
ok: The shift operator wraps on overflow.

[shit-insult]
category: profanity
severity: high
sureness: 0.95
match: dipshit*
match: shithead*
match: shitbag*
match: shitstain*
match: shit-for-brains
match: shitheel*
message: Calls someone a shithead or similar.
hit: Some {dipshit} force-pushed to main.
ok: The dip switch on the board selects the UART.

[piece-of-shit]
category: profanity
severity: high
sureness: 0.9
target: person
match: (you|u) (worthless|stupid|useless|lazy|fucking|little|pathetic)? piece of (shit|crap|garbage|trash|work|filth)
message: Calls someone a "piece of shit" or similar.
hit: {You worthless piece of shit}.
hit: Get lost, {you piece of garbage}.
ok: This piece of the codebase is older than git.
ok: You need a piece of code that resets the flag.

[bullshit]
category: profanity
severity: medium
sureness: 0.9
match: bullshit*
match: bull-shit
match: horseshit
match: horse-shit
match: batshit
match: chickenshit
message: Uses "bullshit" or a similar word.
hit: That benchmark is {bullshit} and you know it.
hit: The argument is complete {bullsh*t}.
ok: The bull market dataset is in the examples.

[crap]
category: profanity
severity: low
sureness: 0.4
match: crap
match: craps
match: crappy
match: crappier
match: crappiest
match: crapware
match: crapola
message: Uses the mild vulgarity "crap".
note: Mostly aimed at code or at oneself ("oh crap, my fault"); low severity and sureness.
hit: The installer is {crappy} on Windows.
hit: Your patch is {crap}.
ok: The scrap buffer is freed at exit.

[damn]
category: profanity
severity: low
sureness: 0.4
match: damn
match: damned
match: damnit
match: dammit
message: Uses the mild expletive "damn".
note: "damning" ("a damning report") does not match; "goddamn" is its own entry.
hit: Fix the {damn} tests.
hit: {Dammit}, the build broke again.
ok: The dam break simulation uses the shallow water solver.
ok: The audit was a damning report on the old process.

[goddamn]
category: profanity
severity: medium
sureness: 0.9
match: goddamn*
match: goddam
match: god-damn*
match: god damn
match: goddammit
message: Uses "goddamn".
note: Some readers also take it as blasphemy, so it is rated above "damn".
hit: Read the {goddamn} thread.
hit: {God damn} it, not again.
ok: The good dams are listed in the hydrology dataset.

[hell-phrases]
category: profanity
severity: low
sureness: 0.8
match: (what|why|how|who|where|when) the (hell|heck)
match: (hell|heck) (no|yes|yeah|nah)
match: bloody hell
match: the hell (out)? of
message: Uses "hell" as an expletive ("what the hell").
note: "hell" alone is technical in "dependency hell" and "DLL hell", so only these phrases match.
hit: {What the hell} happened to the CI config?
hit: It confuses {the hell out of} users.
hit: {Hell no}, we're not vendoring that.
ok: We are back in dependency hell with the new release.
ok: DLL hell on Windows is the reason for static linking.

[go-to-hell]
category: profanity
severity: high
sureness: 0.85
target: person
match: go to hell
match: burn in hell
match: rot in hell
message: Tells someone to go to hell.
hit: You and your RFC can {go to hell}.
ok: The goto handler jumps to the cleanup label.

[ass]
category: profanity
severity: medium
sureness: 0.6
match: ass
match: arse
match: arses
match: arsed
unless-before: .
unless-after: (file|files|format|subtitle|subtitles|script|scripts)
message: Uses "ass" or "arse".
note: ".ass" subtitle files and the ASS subtitle format are excluded; "assert" and "class" never match. "asses" is left out because stretched letters make it match "assess".
hit: This will bite you in the {ass} later.
hit: Can't be {arsed} to read the docs, apparently.
ok: Subtitles in .ass format are converted by libass.
ok: The class asserts its invariants.

[asshole]
category: profanity
severity: high
sureness: 0.95
match: asshole*
match: arsehole*
match: a-hole
match: a-holes
match: ahole
match: aholes
match: assclown*
match: asshat*
match: asswipe*
match: jackass*
match: dumbassery
message: Calls someone an asshole or similar.
hit: Don't be an {a**hole} about it.
hit: The maintainer is a {jackass}.
ok: The stack assembly is in arch/x86.

[half-assed]
category: profanity
severity: low
sureness: 0.8
match: half-assed
match: halfassed
match: half-ass
match: half-arsed
match: half assed
message: Calls something "half-assed".
hit: This is a {half-assed} fix.
ok: The half-adder example is in the tutorial.

[bastard]
category: profanity
severity: high
sureness: 0.85
match: bastard
match: bastards
match: bastardized
match: bastardised
message: Uses "bastard".
note: "Bastard Operator From Hell" is in allow.lex.
hit: That {bastard} reverted my commit.
ok: The baseline is the standard build.

[bitch]
category: profanity
severity: high
sureness: 0.9
match: bitch
match: bitches
match: bitchy
match: bitching
match: bitched
match: bitchin
unless-after: (about|at)
message: Uses "bitch", a gendered vulgar insult.
note: The verb "to bitch about" (complain) is reported by bitch-about with a lower severity.
hit: Stop {bitching}, it's merged.
hit: Don't be such a {b*tch}.
ok: Pitch and yaw are the first two columns.

[bitch-about]
category: profanity
severity: low
sureness: 0.8
match: (bitch|bitches|bitching|bitched) (about|at)
message: Uses the vulgar verb "to bitch about" (complain).
hit: You could {bitch about} it on the vendor's list.
ok: The pitch about the new API went well.

[dick]
category: profanity
severity: high
sureness: 0.85
match: dickhead*
match: dickish
match: dickwad*
match: dickweed*
match: dick-ish
match: dickery
match: (a|such|you|being|total|complete|absolute|huge|massive|real|utter) (dick|dicks)
match: dick move
message: Calls someone a dick.
note: "Dick" is a common first name ("Tom, Dick and Harry", "Dick Beyer"), so the bare word does not match.
hit: Don't be {a dick} about the review.
hit: {Dick move}, closing it without a word.
hit: The {dickhead} closed my PR without reading it.
ok: Thanks to Dick for the original patch.
ok: Any Tom, Dick and Harry can open an issue.

[cunt]
category: profanity
severity: high
sureness: 0.98
match: cunt
match: cunts
match: cunty
message: Uses "cunt", a severe vulgar insult.
hit: Some {cunt} keeps reopening the issue.
ok: The count of open issues is 42.

[twat]
category: profanity
severity: high
sureness: 0.95
match: twat
match: twats
match: twatwaffle*
message: Uses "twat", a vulgar insult.
hit: What a {twat}.
ok: The two-way binding was removed.

[wanker]
category: profanity
severity: high
sureness: 0.95
match: wanker
match: wankers
match: wank
match: wanking
match: wanky
match: tosser
match: tossers
match: bellend
match: bellends
match: knobhead*
match: knob-head*
message: Uses "wanker" or another British vulgar insult.
hit: The release manager is a {wanker}.
hit: Typical {tossers}.
ok: The Wankel engine model is in the examples.

[prick]
category: profanity
severity: high
sureness: 0.9
match: (a|such|you|total|complete|absolute|little|arrogant|smug|real) (prick|pricks)
message: Calls someone a prick.
note: "prick" is also a verb ("prick up their ears"), so only the noun after an article or adjective matches.
hit: The reviewer is {a prick}.
ok: A pin prick test on the board is enough.

[douche]
category: profanity
severity: high
sureness: 0.9
match: douche
match: douches
match: douchebag*
match: douchey
match: douchy
match: douchecanoe*
message: Calls someone a douche.
hit: What a {douchebag} reply.
ok: The double buffer is swapped on vsync.

[piss]
category: profanity
severity: low
sureness: 0.75
match: pissed
match: pissing
match: pisses
match: pissy
match: piss-poor
match: pisspoor
match: (take|taking|takes|took) the piss
message: Uses "piss" or "pissed".
note: "piss off" aimed at someone is its own entry.
hit: This {piss-poor} error message is useless.
hit: I'm {pissed} that nobody tested it.
ok: The pistol grip model is separate.

[piss-off]
category: profanity
severity: high
sureness: 0.85
target: person
match: (piss|bugger|sod) off
message: Tells someone to piss off.
hit: {Piss off} and take your patch with you.
ok: Switch off the debug flag before releasing.

[bloody]
category: profanity
severity: low
sureness: 0.55
match: bloody
unless-after: (nose|hell)
message: Uses the British intensifier "bloody".
note: "bloody hell" is reported by hell-phrases.
hit: Read the {bloody} manual.
ok: Blood pressure is the response variable.

[bugger]
category: profanity
severity: low
sureness: 0.7
match: bugger
match: buggered
match: buggering
match: sodding
unless-after: off
message: Uses the British expletive "bugger" or "sodding".
hit: {Bugger}, the tests fail on big-endian.
ok: Start the debugger with gdb -p.

[cocksucker]
category: profanity
severity: high
sureness: 0.98
match: cocksucker*
match: cocksucking
match: cock-sucker*
message: Uses "cocksucker".
hit: Some {cocksucker} broke the mirror.
ok: The cocktail party effect paper is cited.

[minced-fuck]
category: profanity
severity: low
sureness: 0.6
match: effing
match: f-ing
match: f'ing
match: fricking
match: frickin
match: frigging
match: friggin
match: ffs
unless-before: (the|a|an|amiga|on|mount)
message: Uses a minced form of "fuck" ("effing", "frigging", "ffs").
note: FFS is also a file system (Amiga FFS, BSD FFS), excluded after an article or "mount".
hit: {FFS}, read the changelog.
hit: This {frigging} build again.
ok: Mount the FFS volume read-only.

[fuckup]
category: profanity
severity: medium
sureness: 0.8
target: person
match: (you|u) (fucked|screwed|fucking) (up|everything)
match: (you|u) (fucked|screwed) (it|this|that) up
message: Tells someone they fucked or screwed up.
note: Self-directed forms ("I screwed up") do not match; the word entry still reports the profanity.
hit: {You screwed up} the merge, again.
ok: I screwed up the merge, sorry.

[as-hell]
category: profanity
severity: low
sureness: 0.7
match: as hell
match: as fuck
unless-before: (such|known|dll|callback|dependency)
message: Uses "as hell" or "as fuck" as an intensifier.
note: "af" is left out: it is a frequent token in encoded text and code (AF_INET).
hit: The new release is slow {as hell}.
ok: They call it DLL hell as the joke goes.

[screw-this]
category: profanity
severity: low
sureness: 0.6
match: screw (this|that|it|them)
match: (screwed|screws) (us|me|everyone|everybody) over
unless-after: (in|into|down|tight|up|on|onto)
message: Uses "screw this".
hit: {Screw this}, I'm switching to the fork.
ok: Screw it in tight before powering on.

[bollocks]
category: profanity
severity: low
sureness: 0.75
match: bollocks
match: bollox
match: bollocking
match: arse-about
message: Uses a British or Irish vulgarism ("bollocks").
hit: That benchmark is {bollocks}.
ok: The bollard dataset counts street furniture.
