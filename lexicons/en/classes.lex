# Word classes shared by every English lexicon, used in patterns as <name>.
# The scorer reads you, self, person_third, group, artifact and copula to tell whom a match is aimed at
# (FORMAT.md "Targets and severity"); renaming or removing them changes every finding's target.
@format 1
@lexicon en/classes
@version 2026.11.22
# The reader or the person addressed: a second-person cue makes the target "person".
@class you: you | u | ya | ye | your | yours | ur | you're | youre | yourself | yourselves | you've | you'll | you'd | thou | thee | y'all | yall
# The writer: a first-person cue makes the target "self", and self-directed findings are reported as low severity.
@class self: i | me | my | mine | myself | i'm | im | i've | ive | i'd | i'll
# Someone else, named by a pronoun: the target is still a person.
@class person_third: he | she | him | her | his | hers | himself | herself | he's | she's | guy | dude | maintainer | reviewer | contributor | author | someone | somebody | anyone | whoever
# Groups of people.
@class group: people | folks | guys | everyone | everybody | they | them | their | themselves | they're | maintainers | devs | developers | contributors | reviewers | users | team | teams | committee | community | crowd | bunch | company | companies | corporations | foundation
# Things people make rather than people: language aimed at these is criticism of work, not of a colleague.
@class artifact: code | codebase | patch | patches | patchset | series | pr | prs | commit | commits | change | changes | changeset | diff | design | api | apis | driver | drivers | project | implementation | abstraction | abstractions | feature | features | build | builds | test | tests | bug | bugs | function | method | class | module | library | crate | package | docs | documentation | idea | approach | proposal | solution | release | version | interface | architecture | config | configuration | tool | tooling | language | framework | system | this | that | it | its | it's | that's
# Linking verbs between a subject and what it is called: "I was an idiot", "you are a moron".
@class copula: am | i'm | im | is | are | was | were | be | been | being | feel | feeling | felt | look | looked | looking | sound | sounded | act | acted | acting | seem | seemed
