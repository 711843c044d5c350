@format 1
@lexicon en/messy
@version 1

[shout]
category: frustration
severity: low
sureness: 0.5
match: shout
match: yell
message: Shouting.
hit: {shout}
ok: shouting
