# CLI test lexicon: three stable rules for the CLI's golden tests; not shipped content.
@format 1
@lexicon en/cli-test
@version 1

[idiot]
category: insult
severity: high
sureness: 0.95
target: person
match: idiot
match: idiots
message: Name-calling: calls someone an idiot.
hit: Only an {idiot} would merge this.
ok: The installer is idiot-proof now.

[cancer]
category: dehumanizing
severity: medium
sureness: 0.8
target: artifact
match: cancer
message: Disease metaphor for people or their work.
hit: Spreading this {cancer} everywhere.
ok: That looks cancerous.

[meh]
category: mocking
severity: low
sureness: 0.5
target: unknown
match: meh
message: Dismissive shrug.
hit: {Meh}, whatever.
ok: Mehndi night is on Friday.
