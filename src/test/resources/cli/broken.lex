@format 1
@lexicon en/cli-broken
@version 1

[shout]
category: yelling
severity: high
sureness: 1.5
match: shout
message: Shouting.
hit: no braces here
ok: fine
