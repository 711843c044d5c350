# Engine test lexicon: insults and profanity. Not the shipped content; only what the engine tests need.
@format 1
@lexicon en/test-insult
@version 1

[idiot]
category: insult
severity: high
sureness: 0.95
target: person
match: idiot | idiots
unless-before: not an | no
message: Name-calling: calls someone an idiot.
hit: Only an {idiot} would merge this.
hit: {Id1ot}, {IDIOT} and {idiooot}!
ok: You are not an idiot.
ok: The installer is idiot-proof now.
ok: calling someone an "idiot" is not OK here

[moron]
category: insult
severity: high
sureness: 0.9
match: (complete|total|utter)? moron*
message: Name-calling: calls someone a moron.
hit: what a {complete moron}
hit: {morons} everywhere
ok: more on that later

[stupid]
category: insult
severity: medium
sureness: 0.7
match: stupid
unless-after: simple
message: Calls someone or something stupid.
hit: you are {stupid}
hit: this {stuuupid} code
ok: it is stupid simple to set up
ok: stupidity

[fuck]
category: profanity
severity: medium
sureness: 0.9
match: fuck | fucking
message: Profanity.
hit: what the {f*ck}
hit: {f**k} this
hit: {fucking} hell
ok: fun luck

[shit]
category: profanity
severity: medium
sureness: 0.9
match: shit
message: Profanity.
hit: this is {sh!t}
hit: $hit no, but {sh1t} yes
ok: shift it

[ass]
category: profanity
severity: medium
sureness: 0.8
match: ass
message: Profanity.
hit: don't be an {asss}
ok: that is an assert, not as bad
ok: first class

[brain-dead]
category: insult
severity: medium
sureness: 0.8
match: brain-dead | brain dead
message: Calls someone brain-dead.
hit: that is {brain-dead} and {brain, dead}
ok: brain. dead

[nitwit]
category: insult
severity: low
sureness: 0.6
regions: prose, quoted
match: nitwit
message: Calls someone a nitwit, in prose and quoted text only (a region-limited rule for tests).
hit: you {nitwit}
ok: nit wit
