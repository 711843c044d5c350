# Dehumanizing metaphors: disease, vermin and garbage language aimed at people or at their work ("spreading this
# cancer", "this cancer of a codebase", "you parasites", "your patch is garbage", "a dumpster fire").
#
# These carry no swear word, which is why they need their own rules. Disease words are everyday vocabulary in medical
# and statistical mail ("breast cancer data", "disease status"), and garbage words are technical ("garbage
# collection", "returns garbage values"), so every rule here is a phrase: a disease word with a copula or "spreading",
# a vermin word with a second-person or group word in front, a garbage word with a piece of someone's work as subject.
# allow.lex repeats the medical and technical senses.
#
# Deliberately left out:
# - "virus", "worm", "infection" on their own (security vocabulary), "toxic" (it is how moderators describe behaviour),
#   "rot" and "bit rot", "code smell", "spaghetti code", "cruft": criticism of code, not of people;
# - "garbage"/"trash"/"rubbish" describing values or output ("returns garbage"): technical;
# - calls to exterminate identity groups: identity_attack.lex.
@format 1
@lexicon en/dehumanizing
@version 2026.11.22
@class deh_disease: cancer | disease | plague | tumor | tumour | blight | scourge | pestilence | contagion | infestation | gangrene | leprosy
@class deh_vermin: vermin | cockroach | cockroaches | roach | roaches | parasite | parasites | leech | leeches | rat | rats | maggot | maggots | lice | louse | pest | pests | termites | locusts | animal | animals | savage | savages | pig | pigs | swine | scum | subhuman | subhumans | degenerate | degenerates | scumbag | scumbags | lowlife | lowlifes | bloodsucker* | vultures | hyenas | monkeys
@class deh_work: code | codebase | patch | patches | pr | prs | commit | commits | work | design | api | library | lib | project | driver | drivers | change | changes | approach | idea | ideas | tool | tools | software | app | product | language | framework | crate | package | module | subsystem | abstraction | abstractions | binding | bindings | rewrite | proposal | rfc | contribution | contributions | fork | distro | ecosystem | community | kernel | tree | internet | industry | repo | repository | forum | site | thread
@class deh_infect: infect | infecting | infects | infest | infesting | infests | contaminate | contaminating | contaminates
@class deh_people: you're | youre | you | they're | theyre | users | people | maintainers | contributors | devs | developers | corporations | companies | vendors | freeloaders
@class deh_pest: vermin | parasites | parasite | leeches | leech | cockroaches | cockroach | locusts | vultures | bloodsuckers | animals | subhuman | subhumans | savages | scum | maggots | rats | pigs | pests
@class deh_garbage: garbage | trash | rubbish | junk | filth | dogshit | excrement | sewage | slop
@class deh_medical: survivor* | patient* | research* | cell | cells | center | centre | centers | centres | drug* | treatment* | therapy | therapies | risk | risks | type | types | subtype* | gene | genes | genome* | genomic* | screening | study | studies | dataset* | data | registry | registries | biology | specialist* | charity | charities | diagnosis | diagnoses | trial | trials | ward | hospital* | clinic* | vaccine* | stage | stages | incidence | mortality | survival | status | model | models | outbreak* | spread | transmission | progression | control | prevention | case | cases | rate | rates | marker* | biomarker* | tissue* | sample* | site | sites

[spreading-cancer]
category: dehumanizing
severity: high
sureness: 0.85
match: (spread|spreads|spreading) (this|the|that|your|their|his|her|a|its)? (cancer|plague|infestation|contagion|filth|blight)
unless-after: <deh_medical>
unless-after: (through|across|among|between|via|within)
message: Calls a person's work or a community a disease that is spreading ("spreading this cancer").
note: "disease", "infection" and "virus" are left out here: epidemiology code spreads them all day. "rot" and "poison" are left out because stretched letters make them match "root" and "Poisson". Medical phrases are excluded by the following word.
hit: Keep {spreading this cancer} and the tree becomes unmaintainable.
hit: Stop {spreading your filth} into every subsystem.
ok: The model simulates spreading the contagion through a contact network.
ok: The spread of cancer cells is the outcome variable.

[is-a-cancer]
category: dehumanizing
severity: high
sureness: 0.75
match: (is|are|was|were|becoming|become|becomes|like) (a|an|the|pure|total|absolute|literal|fucking|just|basically|truly)? <deh_disease>
unless-before: (there|what|which|here|where)
unless-after: <deh_medical>
message: Calls a person, a group or their work a cancer, plague or disease.
note: Medical and statistical uses are excluded by the word that follows ("is a cancer registry") and by allow.lex. "there is a disease" and "what is the disease" are ordinary sentences.
hit: This language {is a cancer} on the kernel.
hit: These bindings {are a plague}.
hit: People like him {are a disease}.
ok: The response variable is a cancer diagnosis.
ok: Each row is a disease outbreak in one county.
ok: Here the unit of analysis is the disease status.

[cancer-of]
category: dehumanizing
severity: high
sureness: 0.85
match: (cancer|plague|disease|tumor|tumour|blight|scourge|infestation) (of|on|upon) (a|an|this|our|your|their|every|modern|the|open)? <deh_work>
message: Uses a disease metaphor for a person's work or a community ("this cancer of a codebase").
note: The last word must be a project, a piece of work or a community, so "cancer of the lung" does not match.
hit: I refuse to maintain this {cancer of a codebase}.
hit: The new maintainers are a {cancer on the community}.
ok: Cancer of the lung is the most common type in the registry.

[cancerous]
category: dehumanizing
severity: medium
sureness: 0.7
match: cancerous
match: tumorous
match: gangrenous
match: plague-ridden
match: disease-ridden
match: infested
unless-after: (cell|cells|tissue|tissues|growth|growths|tumor|tumors|tumour|tumours|lesion|lesions|mole|moles|polyp|polyps|nodule|nodules|wound|wounds|area|areas|region|regions|site|sites|leg|limb|limbs|plants|trees|crops|fields)
message: Calls a person's work or a community cancerous or disease-ridden.
hit: The whole subsystem is {cancerous} now.
hit: Their tracker is {infested} with bots.
ok: Cancerous cells were counted under the microscope.
ok: The infested plants were counted in the second season.

[infecting]
category: dehumanizing
severity: medium
sureness: 0.6
match: <deh_infect> (the|our|this|my|your|their|every|a)? <deh_work>
unless-before: (virus|viruses|malware|worm|worms|rootkit|rootkits|trojan|trojans|ransomware|it|that|which)
message: Describes a person's contribution as an infection of the project.
note: Security reports ("the rootkit infects the kernel") are excluded by the subject before the verb.
hit: Stop {infecting the kernel} with this language.
hit: They are {infesting our community} with drama.
ok: The rootkit infects the kernel through a module.

[like-the-plague]
category: dehumanizing
severity: low
sureness: 0.5
match: (avoid|avoided|avoiding|avoids|shun|shunned|shunning|fear|fears|feared) (you|him|her|them|people|everyone|devs|maintainers|contributors) like the plague
message: Says people should be avoided like the plague.
note: "avoid this API like the plague" is an idiom about code and does not match.
hit: The other maintainers {avoid him like the plague}.
ok: Avoid global state like the plague.

[vermin]
category: dehumanizing
severity: high
sureness: 0.95
match: vermin
match: cockroach
match: cockroaches
match: subhuman
match: subhumans
match: sub-human
match: sub-humans
match: untermensch*
match: scumbag*
match: scumbucket*
match: lowlife
match: lowlifes
match: low-life
match: low-lifes
match: bottom-feeder*
message: Calls people vermin, subhuman or scum.
hit: Spammers are {vermin}.
hit: What a {scumbag} move.
ok: The cockpit display driver needs a quirk.

[scum]
category: dehumanizing
severity: high
sureness: 0.9
match: scum
match: scummy
message: Calls people scum.
hit: Those vendors are {scum}.
ok: The scrum board is updated weekly.

[you-vermin]
category: dehumanizing
severity: high
sureness: 0.8
match: (you|u|these|those|such|filthy|dirty|disgusting|fucking|little|stupid|greedy|lazy|worthless) <deh_vermin>
match: (bunch|pack|nest|swarm|horde|herd|gang) of <deh_vermin>
match: like (a|the)? (rats|cockroaches|vermin|parasites|leeches|animals|pigs|locusts|vultures|hyenas|maggots|lice)
unless-after: (data|dataset|datasets|study|studies|experiment|experiments|model|models|were|was|are|in|on|from|of|with|per|and|or|that|case|cases|matrix|matrices|solution|solutions|distribution|distributions|form|forms|kernel|kernels|gained|weighed|received|showed)
message: Calls people vermin, parasites or animals.
note: Lab and ecology data ("these rats were dosed", "pack of wolves data") are excluded by the word that follows; "rat" and "animal" on their own never match.
hit: Get out of my tracker, {you parasites}.
hit: A {bunch of leeches} using our code for free.
hit: The vendors swarm {like vultures}.
ok: These rats were fed the control diet.
ok: A pack of hyenas data set from the field station.

[are-vermin]
category: dehumanizing
severity: high
sureness: 0.85
match: <deh_people> (are|r)? (just|all|such|a|an)? <deh_pest>
unless-after: (researcher|researchers|research|ecology|data|species|load|loads|host|hosts|study|studies|count|counts|control|model|models|experiments|trials)
message: Says people are vermin, parasites or animals.
hit: {Corporations are leeches} on open source.
hit: {You're parasites}, all of you.
ok: Users are parasite researchers in the ecology lab.

[garbage-work]
category: dehumanizing
severity: medium
sureness: 0.8
target: artifact
match: (your|ur|his|her|their|this|that) <deh_work> (is|are|was|were) (absolute|complete|total|utter|pure|just|such|hot|fucking|steaming)? <deh_garbage>
message: Calls a person's work garbage or trash.
note: Technical uses ("it returns garbage", "the output is garbage") do not match: the subject must be a piece of work.
hit: {Your patch is garbage}.
hit: {This design is absolute trash}.
ok: The output is garbage when the buffer is not terminated.
ok: This code is garbage-collected at exit.

[pile-of-garbage]
category: dehumanizing
severity: medium
sureness: 0.8
match: (pile|heap|load|bag|sack|piece|mountain|dump|heaping|mound) of (garbage|trash|rubbish|junk|dung|excrement|sewage|manure|crap|shit|dogshit)
unless-after: (collection|collector|collected|objects|object|data|values|bytes|memory|in|out|blocks|pages|cells)
message: Calls someone's work a pile of garbage.
hit: That library is a {pile of garbage}.
hit: What a steaming {heap of junk}.
ok: The heap of garbage objects is freed by the collector.

[absolute-garbage]
category: dehumanizing
severity: low
sureness: 0.5
match: (absolute|total|utter|complete|pure|hot|unmitigated) (garbage|trash|rubbish|junk|dogshit|filth)
unless-before: (returns|returning|returned|return|produces|producing|produced|produce|prints|printing|printed|gives|giving|gave|outputs|output|reads|reading|read|contains|containing|get|gets|got|with)
unless-after: (values|value|data|output|bytes|in|collection|collector|results|numbers)
message: Calls something "absolute garbage".
note: Low: often aimed at code; output that is literally garbage ("returns absolute garbage") is excluded.
hit: Their new API is {utter trash}.
ok: The Fortran call is returning absolute rubbish for negative inputs.

[human-garbage]
category: dehumanizing
severity: high
sureness: 0.95
match: human (garbage|trash|filth|scum|debris)
message: Calls people "human garbage".
hit: The people running that fork are {human garbage}.
ok: The human-readable output is trash, I agree.

[dumpster-fire]
category: dehumanizing
severity: medium
sureness: 0.8
match: dumpster fire
match: dumpster-fire
match: dumpster fires
match: tire fire
match: tyre fire
match: trash fire
match: garbage fire
match: trashfire
match: dumpsterfire
message: Calls a project, a release or a community a dumpster fire.
hit: This release is a {dumpster fire}.
hit: The whole thread is a {garbage fire}.
ok: The fire alarm dataset has one row per call.

[cesspool]
category: dehumanizing
severity: medium
sureness: 0.85
match: cesspool*
match: cesspit*
match: dung heap
match: dunghill
message: Calls a project or community a cesspool.
hit: That forum is a {cesspool}.
ok: The sewer network model is in the hydrology example.
