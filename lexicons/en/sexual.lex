# Sexual content and harassment: sexual remarks aimed at a person, sexualised insults, explicit terms and sexual
# violence used as a metaphor ("the update raped my config").
#
# Sexual harassment in developer spaces is mostly unwanted comments on a person ("you're hot", "are you single?") and
# sexualised insults ("slut", "suck my dick"); explicit words are rarer. Severity is high for anything aimed at a
# person.
#
# Deliberately left out:
# - "sexy" on its own ("a sexy new API" is marketing slang), "balls" ("has the balls to"), "anal" (an abbreviation in
#   journal names such as "J. Multivariate Anal."), "cock-up" (British for a mistake);
# - "master/slave", "male/female connectors", "bitbang", "hard fork": technical (see allow.lex);
# - gendered vulgar insults without sexual content ("bitch"): profanity.lex.
@format 1
@lexicon en/sexual
@version 2026.11.22

[sexualised-insult]
category: sexual
severity: high
sureness: 0.9
match: slut
match: sluts
match: slutty
match: whore
match: whores
match: whoring
match: skank
match: skanks
match: skanky
match: thot
match: thots
match: hoebag*
message: Sexualised insult ("slut", "whore").
note: "attention whore" and "karma whore" are matched through "whore".
hit: Typical attention {whore}.
hit: What a {sl*t}.
ok: The slot allocator reuses freed entries.

[suck-my]
category: sexual
severity: high
sureness: 0.95
target: person
match: suck (my|his|a) (dick|cock|balls|d|nuts|tits)
match: (sucks|sucking) (dick|dicks|cock|cocks)
match: (eat|lick) (my|a) (dick|cock|ass|pussy|balls)
message: Sexual insult ("suck my dick").
hit: {Suck my dick}, I'm not changing it.
ok: Suck my data out of the old database, please.

[genitals]
category: sexual
severity: medium
sureness: 0.75
match: pussy
match: pussies
match: cock
match: cocks
match: cunnilingus
match: fellatio
match: dildo
match: dildos
match: penis
match: penises
match: vagina
match: vaginas
match: testicles
match: ballsack
match: nutsack
match: clit
match: clitoris
unless-before: (weather|stop|ball|water|pet)
unless-after: (cat|cats|willow|up|ups|tail|tails|fight|fights|crow|crows|ring|ringing|spur|spurs)
message: Explicit sexual or genital term.
note: "pussy willow", "cock up" and "cockpit" are excluded; "vibrator" is left out (Android's vibrator service). Medical statistics are rare in technical mail and still reported with medium severity.
hit: Don't be a {pussy}, just merge it.
hit: He drew a {c0ck} in the ASCII art logo.
ok: The vibrator motor driver is in drivers/input.
ok: The weather cock example is for wind direction.

[tits]
category: sexual
severity: medium
sureness: 0.8
match: tits
match: titties
match: tittie
match: titty
match: boobs
match: boobies
match: booby
match: boob
match: knockers
unless-after: (for|trap|traps|prize)
message: Slang for breasts.
note: "tit for tat" and "booby trap" are excluded.
hit: Nice {tits} in that avatar.
ok: That is tit for tat, not a policy.
ok: The booby trap check in the installer caught it.

[sex-acts]
category: sexual
severity: high
sureness: 0.9
match: blowjob*
match: blow-job*
match: blow job*
match: handjob*
match: hand-job*
match: hand job*
match: rimjob*
match: gangbang*
match: gang-bang*
match: creampie*
match: cumshot*
match: cum shot*
match: jizz
match: jerk off
match: jerking off
match: jack off
match: jacking off
match: wank off
match: fapping
message: Explicit sexual act.
hit: Sounds like a {blowjob} for the vendor.
ok: The blob job in the CI uploads artifacts.

[porn]
category: sexual
severity: low
sureness: 0.5
match: porn
match: porno
match: pornography
match: pornographic
match: pornhub
match: nsfw
match: hentai
match: onlyfans
unless-before: (block|blocks|blocking|filter|filters|filtering|detect|detecting|detector|spam|anti)
unless-after: (filter|filters|filtering|detection|detector|classifier|spam|block|blocklist|blocker)
message: Pornography reference.
note: Spam filtering and content moderation ("porn filter", "NSFW classifier") are excluded.
hit: Why is there {porn} in the test fixtures?
ok: The NSFW classifier model is in the examples.
ok: Add it to the porn filter list.

[rape]
category: sexual
severity: high
sureness: 0.7
match: rape
match: raped
match: raping
match: rapes
match: rapist
match: rapists
match: rapey
match: molest
match: molested
match: molesting
match: molester*
match: pedo
match: pedos
match: paedo
match: paedos
match: pedophile*
match: paedophile*
unless-before: (urbanpop|assault|murder)
unless-after: :
unless-after: -
message: Sexual violence or abuse, often misused as a metaphor ("the update raped my config").
note: The USArrests example data has a "Rape" column; lines listing its columns are excluded by the word before. "nonce" is left out: it is a cryptography term.
hit: The last update {raped} my config.
hit: Only a {pedo} would name a function that.
ok: The rapeseed yield data is in the agriculture example.
ok: Columns: Murder Assault UrbanPop Rape.

[you-are-hot]
category: sexual
severity: high
sureness: 0.8
target: person
match: (you're|youre|ur) (so|really|very|pretty)? (hot|sexy|fuckable|cute|beautiful|gorgeous)
match: you (look|are) (so|really|very|pretty)? (hot|sexy|fuckable|gorgeous)
match: (nice|great|hot|sexy) (ass|body|legs|rack|boobs|tits)
unless-after: (and|reloading|swapping|plugging|path|fix|patch|spot|mess|take|standby|code|cache|loop|wire|of)
message: Comments on a person's looks or body.
note: Technical "hot" ("you're hot-reloading", "you're on the hot path") is excluded.
hit: {You're so hot}, want to pair program?
hit: {Nice ass}.
ok: You're hot-reloading the module, so the state is stale.
ok: You are on the hot path here.

[are-you-single]
category: sexual
severity: medium
sureness: 0.7
target: person
match: are (you|u) (single|married|taken)
match: (send|show) (me)? (nudes|noods)
match: (date|marry|kiss|bang) me
message: Unwanted personal or sexual advance.
hit: Great talk. {Are you single}?
hit: {Send nudes}.
ok: Are you single-threading the loader on purpose?

[body-parts-person]
category: sexual
severity: high
sureness: 0.85
target: person
match: (sit|sitting) on my (face|lap|dick|cock)
match: (grab|grope|touch|grabbed|groped|touched) (your|her|his) (ass|tits|boobs|breasts|crotch|dick|butt)
message: Sexual harassment: describes touching or sexual contact.
hit: Come {sit on my lap} and I'll explain.
ok: Sit on my branch until the review is done.

[horny]
category: sexual
severity: medium
sureness: 0.8
match: horny
match: horniest
match: hornier
match: orgasm*
match: masturbat*
match: erection
match: erections
match: sexting
match: sexted
unless-after: (toad|toads|beetle|beetles|species)
message: Explicit sexual arousal term.
hit: This {masturbatory} refactor helps nobody.
ok: The horned lizard data is in the ecology example.

[circlejerk]
category: sexual
severity: medium
sureness: 0.85
match: circlejerk*
match: circle-jerk*
match: circle jerk*
match: mental masturbation
match: intellectual masturbation
message: Dismisses a discussion as a "circlejerk" (sexual metaphor).
hit: This mailing list is a {circlejerk}.
ok: The circle packing layout is in the plotting module.

[grow-a-pair]
category: sexual
severity: medium
sureness: 0.75
target: person
match: grow a (pair|set)
match: grow some balls
match: man up
match: (got|have|has) no balls
message: Uses a genital metaphor to question someone's courage ("grow a pair").
hit: {Man up} and make a decision.
ok: The man page is out of date.
