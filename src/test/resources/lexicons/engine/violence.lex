@format 1
@lexicon en/test-violence
@version 1

[kill]
category: threat
severity: high
sureness: 0.5
match: kill
message: Talks about killing.
hit: I will {kill} you
ok: the skill tree

[dump]
category: dehumanizing
severity: medium
sureness: 0.4
match: dump
message: Calls something a dump.
hit: this repo is a {dump}
ok: a dumpster

[abort]
category: threat
severity: low
sureness: 0.3
match: abort
message: Demands an abort.
hit: {abort} now
ok: aborted
