@format 1
@lexicon en/test-dismissive
@version 1

[problem-is-you]
category: dismissive
severity: medium
sureness: 0.8
target: person
match: (maybe|perhaps)? the problem is <you>
message: Blames the person instead of the argument.
hit: {maybe the problem is you}
hit: Well, {the problem is you}.
ok: the problem is the config

[did-you-read]
category: dismissive
severity: medium
sureness: 0.8
target: person
match: did <you> (even|ever)? read
message: Implies the person did not read.
hit: {did you even read} the patch?
ok: did they even read it?
ok: did. you even read

[useless]
category: frustration
severity: low
sureness: 0.6
match: useless <any:0-2> (garbage|crap)
message: Vents frustration.
hit: this is {useless broken crap}
hit: {useless garbage}
ok: useless. garbage

[dont-care]
category: dismissive
severity: low
sureness: 0.5
match: (i|we) don't care
message: Brushes a concern off.
hit: {I don't care}, ship it
hit: {we don’t care}
ok: I do not care
