# Identity attacks: slurs and attacks on people for who they are (ethnicity, nationality, religion, gender, sexual
# orientation, gender identity, disability), and generalisations that demean a whole group.
#
# The slurs are listed because a moderator needs them caught, however they are spelled (leet, stretched, spaced out):
# every slur entry has severity high. They are written once, here, and nowhere else in the repository.
#
# Deliberately left out:
# - reclaimed or dual-use words whose ordinary use dominates: "queer" (queer theory), "gypsy", "negro" (Rio Negro,
#   Spanish and Portuguese), "cripple" (as a verb: "cripples performance"), "autistic" on its own, "crazy";
# - "wop" and "yid": too short and too close to ordinary tokens once stretched letters are folded ("woop");
# - political labels ("liberals", "leftists", "conservatives"): insults about politics are reported by insult.lex
#   when they use insult words;
# - gendered vulgar insults ("bitch", "cunt"): profanity.lex; sexualised insults ("slut"): sexual.lex.
@format 1
@lexicon en/identity_attack
@version 2026.11.22
@class ida_group: jews | muslims | christians | hindus | sikhs | buddhists | atheists | arabs | africans | asians | indians | chinese | russians | ukrainians | mexicans | americans | germans | brits | europeans | immigrants | migrants | refugees | foreigners | gays | lesbians | homosexuals | transgenders | women | woman | girls | females | blacks | latinos | hispanics | pakistanis | palestinians | israelis | iranians | turks | poles | romanians | nigerians | filipinos | koreans | japanese | vietnamese

[n-word]
category: identity_attack
severity: high
sureness: 0.98
match: nigger
match: niggers
match: niggerz
match: nigga
match: niggas
match: niggaz
match: niglet
match: niglets
match: sandnigger
match: sandniggers
match: sand-nigger
match: sand-niggers
match: currynigger
match: curryniggers
message: Racial slur (the n-word) against Black people.
note: Written as whole words, not prefixes: a prefix pattern would read a censor run such as "\n*****done" in code as the slur.
hit: Get out of here, {n1gger}.
hit: Stop talking like a {nigga}.
ok: Niger and Nigeria are in the country table.

[anti-black-slurs]
category: identity_attack
severity: high
sureness: 0.9
match: coon
match: coons
match: jigaboo*
match: darkie
match: darkies
match: darky
match: porch monkey*
match: spearchucker*
match: sambo
match: sambos
message: Racial slur against Black people.
hit: The commenter called him a {coon}.
ok: The raccoon example dataset is in the tutorial.

[anti-asian-slurs]
category: identity_attack
severity: high
sureness: 0.9
match: gook
match: gooks
match: chink
match: chinks
match: chinky
match: ching chong
match: chinaman
match: chinamen
match: zipperhead*
match: slant-eye*
match: slanty
unless-after: (in|of)
message: Ethnic slur against East or Southeast Asian people.
note: "a chink in the armour" and "a chink of light" are excluded. "nip" ("nip it in the bud") and "jap" (garbled "Japón", "j*p" in code) are left out.
hit: Another pull request from the {chinks}.
hit: Typical {g00k} code.
ok: That is the one chink in the armour of the design.
ok: A chink of light shows through the case.

[anti-south-asian-slurs]
category: identity_attack
severity: high
sureness: 0.95
match: pajeet*
match: streetshitter*
match: street-shitter*
match: curry muncher*
match: currymuncher*
match: paki
match: pakis
match: poo-in-loo
match: poo in loo
message: Ethnic slur against South Asian people, common in developer forums.
hit: Outsourced to some {pajeet} again.
hit: Go back to the call centre, {Paki}.
ok: The Pakistan time zone is UTC+5.

[anti-latino-slurs]
category: identity_attack
severity: high
sureness: 0.9
match: wetback*
match: beaner
match: beaners
match: spic
match: spics
match: spick
match: spicks
message: Ethnic slur against Latino people.
hit: The installer was written by a {wetback}.
ok: The spice level of the chili example is configurable.

[anti-arab-muslim-slurs]
category: identity_attack
severity: high
sureness: 0.95
match: raghead*
match: rag-head*
match: towelhead*
match: towel-head*
match: camel jockey*
match: camel-jockey*
match: muzzie
match: muzzies
match: muzrat*
match: goatfucker*
match: goat-fucker*
message: Slur against Arab or Muslim people.
hit: No {towelheads} in my project.
ok: Wipe the lens with a towel before calibration.

[antisemitic-slurs]
category: identity_attack
severity: high
sureness: 0.95
match: kike
match: kikes
match: christ-killer*
match: christ killer*
match: shylock
match: shylocks
match: oven-dodger*
message: Antisemitic slur.
hit: The {kikes} run this foundation.
ok: Kiki is the name of the test pod.

[other-ethnic-slurs]
category: identity_attack
severity: high
sureness: 0.85
match: dago
match: dagos
match: polack
match: polacks
match: redskin
match: redskins
match: injun
match: injuns
match: squaw
match: squaws
match: gringo
match: gringos
match: kraut
match: krauts
match: cracker-ass
match: white trash
match: trailer trash
message: Ethnic slur.
note: "cracker" on its own is a password tool; only "cracker-ass" matches.
hit: Typical {polack} engineering.
hit: Written by {trailer trash}.
ok: The sauerkraut recipe is an example of a long string.
ok: The password cracker found nothing.

[homophobic-slurs]
category: identity_attack
severity: high
sureness: 0.95
match: fagg*
match: fag
match: fags
match: dyke
match: dykes
match: lesbo
match: lesbos
match: poofter*
match: homo
match: homos
match: batty boy
match: batty man
unless-before: van
unless-after: (sapiens|erectus|habilis|neanderthalensis|economicus|break|breaks|end|ends|ash|off|you|u|ya|this|that|it|up|me|yourself|yourselves|everything|around)
message: Homophobic slur.
note: "Homo sapiens", the surname "Van Dyke" and the British "fag break" (cigarette) are excluded, and so is a censored "f*** off" or "f** you", which reads as "fags" or "fag".
hit: Only a {f@ggot} would write CSS like that.
hit: Shut up, {homo}.
ok: Homo sapiens is the only species in the table.
ok: The Van Dyke brown color is in the palette.

[transphobic-slurs]
category: identity_attack
severity: high
sureness: 0.9
match: tranny
match: trannies
match: trannys
match: shemale*
match: she-male*
match: he-she
match: troon*
match: ladyboy*
unless-after: (fluid|oil|cooler|shop|mount)
message: Transphobic slur.
note: "tranny" is also car slang for a transmission; the car senses are excluded.
hit: The maintainer is a {tranny}, that explains it.
hit: Ban the {troons}.
ok: Check the tranny fluid before the trip.
ok: The troop movements dataset is historical.

[ableist-slurs]
category: identity_attack
severity: high
sureness: 0.85
match: retard
match: retards
match: retarded
match: retardo
match: tard
match: tards
match: libtard*
match: fucktard*
match: mongoloid*
match: spaz
match: spazz*
match: spastic
match: spastics
match: sperg*
match: autist
match: autists
match: schizo
match: schizos
match: window-licker*
unless-after: (potential|potentials|time|times|green's|greens|propagator|propagators|solution|solutions|field|fields|wave|waves|paraplegia|diplegia|cerebral|gait|muscle|muscles)
message: Disability slur used as an insult ("retard", "spaz").
note: "retarded potential" and "retarded time" (physics) and the medical senses of "spastic" are excluded; allow.lex repeats the physics senses.
hit: Only a {retard} would write a parser like this.
hit: Are you {r3tarded}?
hit: Stop {sperging} about tabs.
ok: The retarded potential is computed in the far field.
ok: Flame retardant additives are a separate table.

[are-you-autistic]
category: identity_attack
severity: high
sureness: 0.8
target: person
match: (are|r) (you|u) (autistic|handicapped|mongoloid)
match: (are|r) (you|u) on the spectrum
message: Uses a disability as an insult ("are you autistic?").
hit: {Are you autistic} or something?
ok: Are you disabling the feature flag on purpose?
ok: Are you using the spectrum analyser example?

[slur-like-group]
category: identity_attack
severity: high
sureness: 0.9
target: group
match: (filthy|dirty|stupid|fucking|damn|damned|bloody|lazy|greedy|typical|subhuman|inferior|disgusting|smelly|stinking|savage|backward|worthless) <ida_group>
unless-after: (characters|character|text|encoding|encodings|locale|locales|keyboard|keyboards|layout|input|font|fonts|name|names|translation|translations|language|version|edition|market|users|date|dates|calendar|style|food|restaurant|holiday|holidays)
message: Attacks an identity group with a demeaning adjective ("filthy immigrants", "typical women").
note: "typical" is included because "typical <group>" is how stereotypes are written; "typical users" does not match.
hit: The project is overrun by {lazy foreigners}.
hit: {Typical women}, can't read a stack trace.
ok: Typical users never change the defaults.
ok: Dirty pages are written back by the flusher.
ok: Typical Chinese characters need three bytes in UTF-8.

[group-is-bad]
category: identity_attack
severity: high
sureness: 0.9
target: group
match: <ida_group> (are|r) (all|just|so|such)? (stupid|inferior|subhuman|animals|vermin|parasites|cockroaches|rats|lazy|dirty|filthy|evil|disgusting|degenerates|scum|trash|garbage|idiots|morons|retarded|incompetent|useless|worthless|terrorists|criminals|thieves|liars)
match: <ida_group> (can't|cannot|cant|shouldn't|don't|dont) (code|program|write|engineer|think|drive|lead)
message: Generalises a whole identity group as stupid, inferior or criminal.
hit: {Indians are all incompetent}.
hit: Everyone knows {women can't code}.
ok: Windows users are affected too.
ok: The women in the survey were aged 18 to 65.

[go-back]
category: identity_attack
severity: high
sureness: 0.85
target: person
match: go back to (your|ur) (country|village|cave|shithole|kitchen|homeland|reservation|jungle|desert)
match: go back to where (you|u) (came|come) from
match: (go|get) back (in|to|into) the kitchen
match: go back to (india|china|africa|russia|mexico|pakistan|bangladesh|nigeria)
unless-after: (sink|sinks|table|timer|example|examples|scale|scales)
message: Tells someone to "go back" to their country or "to the kitchen".
hit: Nobody wants your patches, {go back to your country}.
hit: {Get back in the kitchen}.
ok: Go back to your terminal and run make again.
ok: Go back to the kitchen sink example for the full config.

[make-me-a-sandwich]
category: identity_attack
severity: medium
sureness: 0.85
target: person
match: make me a sandwich
match: (women|woman|girls|females) (belong|belongs) (in|to) the (kitchen|home)
message: Sexist put-down ("make me a sandwich", "women belong in the kitchen").
hit: Nice PR, now {make me a sandwich}.
hit: Everyone knows {women belong in the kitchen}.
ok: The sandwich layout puts the cache between two layers.

[diversity-hire]
category: identity_attack
severity: high
sureness: 0.85
match: (diversity|dei|affirmative-action) (hire|hires|hiring|pick|picks|quota|quotas|maintainer|maintainers)
message: Dismisses someone as a "diversity hire" because of who they are.
hit: Of course the {diversity hire} approved it.
ok: The diversity index is computed per sample.

[because-youre]
category: identity_attack
severity: medium
sureness: 0.7
target: person
match: because (you're|youre|ur) (a|an)? (woman|girl|female|indian|black|chinese|russian|muslim|jew|jewish|gay|trans|foreigner|immigrant|lesbian|asian|arab)
message: Ties a technical point to someone's identity ("only because you're a woman").
hit: They only merged it {because you're a woman}.
ok: It fails because you're on an old compiler.

[your-kind]
category: identity_attack
severity: medium
sureness: 0.6
target: group
match: (your|ur) kind (are|is|aren't|isn't|always|never|should|shouldn't|can't|cannot|don't|ruin|ruined|ruins|belong|belongs)
match: (people|folks) like (you|u) (are|always|never|should|shouldn't|ruin|ruined|don't|can't)
message: Attacks someone as one of "your kind".
hit: {Your kind always} ruins the community.
hit: {People like you should} not be allowed to contribute.
ok: Thank you for your kind reply.
ok: Your kind words are appreciated.

[religious-hate]
category: identity_attack
severity: high
sureness: 0.85
target: group
match: death to (the)? (jews|muslims|christians|arabs|israelis|palestinians|gays|infidels|hindus|immigrants|americans|russians)
match: (kill|gas|nuke|deport|ban) (all)? (the)? (jews|muslims|christians|arabs|gays|hindus|immigrants|refugees|foreigners|indians|chinese|russians)
message: Calls for harm or exclusion of a religious or ethnic group.
hit: {Ban all the Russians} from the project.
hit: {Death to the infidels}.
ok: Kill all the idle workers before the upgrade.
ok: Ban all the bots from the issue tracker.

[third-world]
category: identity_attack
severity: medium
sureness: 0.7
match: third-world (code|coders|devs|developers|quality|programmers|engineers|shithole|shitholes)
match: third world (code|coders|devs|developers|quality|programmers|engineers|shithole|shitholes)
message: Uses "third-world" as a put-down of people or their work.
note: "third-world countries" is an ordinary (if dated) phrase and does not match: only people and their work do.
hit: Typical {third-world code}.
ok: The World Bank data covers 200 countries.
ok: Most users in third-world countries are on slow links.
