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
match: slut | sluts | slutty | whore | whores | whoring | skank | skanks | skanky | thot | thots | hoebag*
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
match: pussy | pussies | cock | cocks | cunnilingus | fellatio | dildo | dildos | penis | penises | vagina | vaginas | testicles | ballsack | nutsack | clit | clitoris
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
match: tits | titties | tittie | titty | boobs | boobies | booby | boob | knockers
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
match: blowjob* | blow-job* | blow job* | handjob* | hand-job* | hand job* | rimjob* | gangbang* | gang-bang* | creampie* | cumshot* | cum shot* | jizz | jerk off | jerking off | jack off | jacking off | wank off | fapping
message: Explicit sexual act.
hit: Sounds like a {blowjob} for the vendor.
ok: The blob job in the CI uploads artifacts.

[porn]
category: sexual
severity: low
sureness: 0.5
match: porn | porno | pornography | pornographic | pornhub | nsfw | hentai | onlyfans
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
match: rape | raped | raping | rapes | rapist | rapists | rapey | molest | molested | molesting | molester* | pedo | pedos | paedo | paedos | pedophile* | paedophile*
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
match: are (you|u) (single|married|taken) | (send|show) (me)? (nudes|noods) | (date|marry|kiss|bang) me
message: Unwanted personal or sexual advance.
hit: Great talk. {Are you single}?
hit: {Send nudes}.
ok: Are you single-threading the loader on purpose?

[body-parts-person]
category: sexual
severity: high
sureness: 0.85
target: person
match: (sit|sitting) on my (face|lap|dick|cock) | (grab|grope|touch|grabbed|groped|touched) (your|her|his) (ass|tits|boobs|breasts|crotch|dick|butt)
message: Sexual harassment: describes touching or sexual contact.
hit: Come {sit on my lap} and I'll explain.
ok: Sit on my branch until the review is done.

[horny]
category: sexual
severity: medium
sureness: 0.8
match: horny | horniest | hornier | orgasm* | masturbat* | erection | erections | sexting | sexted
unless-after: (toad|toads|beetle|beetles|species)
message: Explicit sexual arousal term.
hit: This {masturbatory} refactor helps nobody.
ok: The horned lizard data is in the ecology example.

[circlejerk]
category: sexual
severity: medium
sureness: 0.85
match: circlejerk* | circle-jerk* | circle jerk* | mental masturbation | intellectual masturbation
message: Dismisses a discussion as a "circlejerk" (sexual metaphor).
hit: This mailing list is a {circlejerk}.
ok: The circle packing layout is in the plotting module.

[grow-a-pair]
category: sexual
severity: medium
sureness: 0.75
target: person
match: grow a (pair|set) | grow some balls | man up | (got|have|has) no balls
message: Uses a genital metaphor to question someone's courage ("grow a pair").
hit: {Man up} and make a decision.
ok: The man page is out of date.
