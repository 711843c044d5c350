# Allowed phrases: technical senses and idioms that share words with the rules. A match here suppresses every finding
# that overlaps it, so "kill -9", "abort()", "dump the stack", "fork bomb", "master/slave", "cancer research" and
# "garbage collection" are never reported.
#
# Most rules are already written so that these phrases do not match (the threat rules need a person as object, the
# dehumanizing rules need a copula or a piece of someone's work). The allow list is the second line of defence: for
# rules added later and for phrases that a rule's exceptions miss ("Lung cancer is a cancer of the lung"). Each ok
# example is a realistic technical sentence containing the phrase.
#
# Not here, because no rule flags them and they need no protection: "blacklist"/"whitelist", "master" and "slave" on
# their own, "crash", "fatal", "hack", "ugly", "dummy", "sanity check", "blame".
#
# Decisions:
# - "Bastard Operator From Hell" (BOFH) is allowed: a well-known sysadmin humour series, quoted as a title.
# - "stupid simple" and "dumb terminal" are allowed although the rules already exclude them, because both are
#   frequent in technical mail.
# - "avoid X like the plague" is not allowed here: the dehumanizing rule matches it only with a person as object.
# - Phrases are kept narrow: "kill the process" is allowed, "kill you" never is, and no allow entry may contain a
#   bare "kill all" or "kill them", which would hide threats against groups.
@format 1
@lexicon en/allow
@version 2026.11.22
@kind allow
@class alw_proc: process* | job | jobs | task | tasks | thread | threads | session* | server* | daemon* | worker* | container* | pod | pods | vm | vms | connection* | query | queries | signal* | shell* | instance* | request* | build | builds | tab | tabs | app | apps | program* | service* | loop | transaction* | timer* | pipeline* | runner* | agent* | kernel* | node*
@class alw_det: the | this | that | a | an | all | any | each | every | its | their | your | my | our | stale | hung | orphaned | zombie | runaway | old | existing | remaining | running | idle | child | parent | background | stuck | stray

[kill-signal]
match: kill - (9|15|1|2|3|hup|int|term|kill|quit|stop|cont|usr1|usr2|sigkill|sigterm|sighup|sigint|s|l|0)
match: killall
match: pkill
match: xkill
match: kill ( )
match: sigkill
note: The kill(1) command and the kill(2) system call with their signal options.
ok: If it hangs, kill -9 the child and retry.
ok: Use pkill -f runner to stop the stray workers.

[kill-process]
match: (kill|kills|killed|killing) <alw_proc>
match: (kill|kills|killed|killing) <alw_det> <alw_proc>
match: kill (switch|switches|chain|ring|screen|command|signal|timeout|mode|pill)
match: (killer|killing) (feature|features|app|apps|application|process|processes|instance)
match: (oom|out-of-memory) (killer|kill|killed)
note: Killing processes, jobs, threads and sessions; the kill switch; "killer feature".
ok: The OOM killer killed the build, so kill the stale runners before retrying.
ok: We kill the process after the timeout.
ok: This kill switch disables the feature at runtime.

[abort]
match: abort ( )
match: abort* (the|this|a|an|your|my)? (merge|rebase|cherry-pick|bisect|transaction|commit|operation|process|build|install|upload|job|run|download|request|test|tests|checkout|am|migration|query|call|program|execution|compilation|patch|import|sync)
match: - - abort
match: sigabrt
match: abort trap
match: abort signal
match: aborted (with|due|because|after|by)
note: abort(3), git --abort and transaction aborts.
ok: Run git rebase --abort and start over.
ok: The test calls abort() when the invariant fails.

[dump]
match: (core|heap|thread|crash|memory|stack|hex|sql|database|db|mysql|pg|schema|data|debug|register|state|log|packet|tcp) (dump|dumps|dumped|dumping)
match: (dump|dumps|dumped|dumping) (the|a|its|your|my)? (stack|core|heap|state|memory|registers|tables|table|database|db|schema|config|trace|log|logs|contents|buffer|output|object|structure|packet|packets|headers|tree|ast|ir)
match: dumped core
match: core dumped
match: dump core
match: hexdump
match: coredump*
match: objdump
match: tcpdump
match: mysqldump
note: Core dumps, heap dumps, dumping state for debugging.
ok: Segmentation fault (core dumped): dump the stack and attach it.
ok: Take a heap dump before the OOM killer fires.

[fork-bomb]
match: fork bomb*
match: fork-bomb*
match: zip bomb*
match: zip-bomb*
match: logic bomb*
match: xml bomb*
match: billion laughs
match: (bomb|bombs|bombed|bombing) out
match: f-bomb*
match: photobomb*
note: Denial-of-service patterns named "bomb", and "the build bombed out".
ok: The test harness guards against a fork bomb with ulimit -u.
ok: The script bombed out halfway through the install.

[nuke]
match: (nuke|nuked|nukes|nuking) (cache|caches|build|builds|directory|dir|folder|db|database|branch|branches|tree|repo|container|containers|vm|vms|cluster|config|history|install|installation|table|tables|volume|volumes|env|environment|venv|target|tmp|lockfile|index|site-library|library)
match: (nuke|nuked|nukes|nuking) <alw_det> (cache|caches|build|builds|directory|dir|folder|db|database|branch|branches|tree|repo|container|containers|vm|vms|cluster|config|history|install|installation|table|tables|volume|volumes|env|environment|venv|target|tmp|lockfile|index|site-library|library)
match: nuke it from orbit
match: nuclear option
note: Deleting caches and build trees; "the nuclear option".
ok: Nuke the cache and rebuild; if that fails, nuke it from orbit.
ok: Nuke the venv and reinstall.

[execute]
match: (execute|executes|executed|executing|execution|executable|executor) (code|script|scripts|command|commands|query|queries|statement|statements|program|binary|binaries|function|functions|test|tests|job|jobs|task|tasks|plan|step|steps|callback|callbacks|hook|hooks|permission|permissions|bit|time|context|environment|engine|order|path|policy|stack|model|units|pipeline|file|files)
match: (execute|executes|executed|executing|execution|executable|executor) <alw_det> (code|script|scripts|command|commands|query|queries|statement|statements|program|binary|binaries|function|functions|test|tests|job|jobs|task|tasks|plan|step|steps|callback|callbacks|hook|hooks|permission|permissions|bit|time|context|environment|engine|order|path|policy|stack|model|units|pipeline|file|files)
match: (remote|arbitrary|native|code|parallel|lazy|eager|deferred|speculative|out-of-order) (code)? execution
note: Executing code; "execution time", "arbitrary code execution".
ok: Arbitrary code execution is possible if the script should be executed as root.
ok: Executing the script as root is not supported.

[hang]
match: (hang|hangs|hung|hanging) (on|up|forever|indefinitely|when|while|during|at|in|waiting|task|tasks|process|thread|threads|job|build|check|detection|detector|timeout|the|a|after|until|if)
match: hangcheck
match: (build|test|tests|process|thread|job|system|machine|ui|app|install|ci|session) (hang|hangs|hung|hanging)
match: hang tight
match: hang around
note: Hangs and hung tasks; "hang on".
ok: The build hangs forever on the second test, and a hung task is reported.

[zombie-orphan-daemon]
match: zombie (process|processes|child|children|thread|threads|object|objects|state|pod|pods|job|jobs)
match: orphan* (process|processes|page|pages|branch|branches|commit|commits|file|files|node|nodes|record|records|package|packages|inode|inodes|object|objects|thread|threads)
match: daemon*
note: Process states and background services.
ok: The zombie process is reaped by init, and orphaned pages are freed.

[dead-code]
match: dead (code|store|stores|branch|branches|link|links|letter|letters|lock|locks|end|ends|key|keys|loop|zone|band|reckoning|time|weight|pixel|pixels|process|thread|node|nodes|peer|peers|man's|mans)
match: deadlock*
match: drop-dead
match: dead-end*
match: dead-letter
note: Dead code, dead locks, dead letter queues, "dead man's switch".
ok: Remove the dead code and the dead letter queue handler.

[master-slave]
match: master / slave
match: master-slave
match: master slave
match: slave (node|nodes|device|devices|server|servers|process|processes|replica|replicas|database|db|port|ports|mode|bus|address|select|thread|threads|pty|terminal|side|clock|controller|controllers|interface)
match: (primary|leader|main|controller) / (replica|secondary|follower|worker|target|device)
note: Device and replication terms. The project's policy on inclusive naming is a separate matter; these are not attacks on anyone.
ok: The SPI slave select line is active low in master/slave mode.

[cancer-medical]
match: (breast|lung|skin|prostate|colon|colorectal|cervical|liver|pancreatic|ovarian|bladder|kidney|stomach|thyroid|brain|blood|bone|childhood|oral|gastric|esophageal|oesophageal|testicular|uterine|endometrial|rectal|head|neck|metastatic|invasive) cancer*
match: cancer (research|researcher|researchers|cell|cells|data|dataset|datasets|registry|registries|patient|patients|risk|survival|study|studies|trial|trials|genomics|genome|genomes|biology|screening|treatment|treatments|therapy|therapies|center|centre|institute|society|incidence|mortality|diagnosis|drug|drugs|cases|type|types|subtype|subtypes|stage|stages|ward|charity|survivor|survivors|vaccine|vaccines|atlas|genetics|epidemiology|prevention|care|clinic)
match: (tcga|nci|seer)
match: the cancer genome atlas
match: (anti-cancer|anticancer)
match: cancer of the (lung|breast|colon|cervix|prostate|skin|liver|stomach|bladder|pancreas|bone|blood|ovary|uterus)
note: Medical and statistical senses; cancer data sets are common in R and statistics mail.
ok: The breast cancer dataset is a cancer registry extract; cancer research is the use case.
ok: Lung cancer is a cancer of the lung.

[disease-medical]
match: (heart|infectious|chronic|rare|genetic|autoimmune|kidney|liver|lung|alzheimer's|alzheimers|parkinson's|parkinsons|crohn's|crohns|celiac|coeliac|lyme|cardiovascular|respiratory|tropical|skin) disease*
match: disease (status|model|models|data|dataset|progression|outbreak|outbreaks|spread|transmission|mapping|risk|incidence|prevalence|burden|control|prevention|surveillance|dynamics|state|states|free)
match: (plague|infection|virus) (data|dataset|model|models|rate|rates|outbreak|spread|cases|dynamics|surveillance|simulation)
match: (bubonic|pneumonic|great|black) plague
note: Epidemiology. The idiom "avoid X like the plague" is left to the dehumanizing rule, which matches it only with a person as object.
ok: The disease status column is 0/1 in the plague data from 1665.
ok: Heart disease is the outcome, and the infection model is SIR.

[garbage-collection]
match: garbage (collect|collects|collected|collecting|collection|collections|collector|collectors|collectable|collectible|value|values|data|output|characters|chars|bytes|results|pointer|pointers|objects|object|memory|pages)
match: garbage in garbage out
match: (gc|generational|incremental|conservative|concurrent|tracing) garbage
match: gigo
match: garbage-collect*
match: garbage-in
note: Garbage collection and garbage values.
ok: The garbage collector frees the buffer; garbage in, garbage out.
ok: The function returns garbage values when the pointer is stale.

[trash-technical]
match: trash (can|cans|bin|bins|folder|folders|directory|directories|icon)
match: (empty|emptying|emptied|move|moved|moves|moving) (the|to)? trash
match: (trashed|trashing|trashes|trash) (the|my|your|its)? (cache|database|data|file|files|index|heap|stack|memory|registers|buffer|filesystem|disk|state|tree|environment)
note: The trash folder, and memory trashing in C ("trashes the stack").
ok: The overflow trashes the stack; the files went to the trash folder.

[bastard-operator]
match: bastard operator from hell
match: bofh
note: The "Bastard Operator From Hell" sysadmin humour series, quoted as a title.
ok: Like the Bastard Operator From Hell, the admin blamed solar flares.

[stupid-simple]
match: stupid simple
match: stupid-simple
match: stupidly simple
match: stupid easy
match: stupidly fast
match: stupid fast
match: stupid pet trick*
match: keep it simple stupid
match: kiss principle
note: Praise for simplicity and the KISS acronym, not insults.
ok: Keep it simple, stupid: the new API is stupid simple.

[dumb-technical]
match: dumb (terminal|terminals|pipe|pipes|quote|quotes|client|clients|switch|switches|mode|buffer|phone|phones|device|devices|down|downs|downed)
match: dumbed down
match: dumbing down
note: Dumb terminals, dumb pipes, dumb quotes, "dumbed down".
ok: It falls back to a dumb terminal when TERM is unset.

[idiot-technical]
match: idiot (light|lights|box|proof|proofing|proofed)
match: idiot-proof*
match: idiot-check*
note: Car dashboard "idiot lights", "idiot-proofing" an interface.
ok: The check is just idiot proofing for negative sizes.

[retarded-physics]
match: retarded (potential|potentials|time|times|green's|greens|propagator|propagators|solution|solutions|field|fields|wave|waves|response|coordinates|interaction|interactions)
match: (flame|fire) (retardant|retardants|retarded)
note: Physics ("retarded potential") and materials ("flame retardant").
ok: The retarded potential is computed with the retarded Green's function.

[homo-species]
match: homo (sapiens|erectus|habilis|neanderthalensis|floresiensis|economicus|ludens|faber|heidelbergensis)
match: h . sapiens
note: Species names.
ok: The reference genome is Homo sapiens GRCh38.

[idioms-with-slur-words]
match: chink in (the|his|her|their|its|our|your|my) (armor|armour)
match: chink of light
match: tit for tat
match: booby trap*
match: cock-up
match: cock up
match: cocked up
match: weather cock
match: pussy willow*
match: van dyke
match: dyke (wall|embankment)
note: Idioms and names that contain a slur or vulgar word as an ordinary word.
ok: The one chink in the armour is the parser; the rest is tit for tat.
ok: Van Dyke brown is the third colour in the palette.

[shoot-foot]
match: shoot (yourself|oneself|themselves|himself|herself|ourselves|myself|you|us|me|users)? in the foot
match: footgun*
match: foot-gun*
match: shoot me (an|a) (email|mail|message|note|pm|dm|line)
match: troubleshoot*
note: "shoot yourself in the foot" and "shoot me an email".
ok: Mutable defaults let you shoot yourself in the foot, so shoot me an email if unsure.

[suck-technical]
match: (suck|sucks|sucking|sucked) (up|in|down) (memory|cpu|ram|bandwidth|resources|time|data|the|all|everything)
match: suck it and see
match: vacuum suck*
note: "sucks up memory" and the British "suck it and see".
ok: The loader sucks up all the RAM; suck it and see.

[die-function]
match: die ( )
match: or die
match: die hard
match: die-hard
match: (hard|soft) (die|dies)
match: die (roll|rolls|size|face|faces)
match: dies (per|on|from) the wafer
note: Perl and PHP die(), "die-hard" fans, chip dies and dice.
ok: open(F, $path) or die "cannot open";

[go-away-technical]
match: (will|should|would|to|it|they|them|warning|warnings|error|errors|problem|issue|note|notes|message|bug) go away
match: (packets|messages|changes|data|files|commits) get lost
note: "the warning will go away" and "packets get lost": the commonest technical uses of the dismissive phrases.
ok: The warning will go away after the next CRAN check.

[attack-security]
match: (attack|attacks|attacker|attackers) (surface|vector|vectors|tree|trees|pattern|patterns|model|scenario|chain)
match: (denial-of-service|dos|ddos|replay|timing|side-channel|brute-force|dictionary|mitm|xss|csrf) attack*
match: exploit*
match: payload*
note: Security vocabulary.
ok: The timing attack leaks the key; the attack surface is the parser.

[virus-security]
match: (virus|viruses|worm|worms|trojan|trojans|malware|ransomware|rootkit|rootkits) (scan|scanner|scanners|scanning|checker|signature|signatures|definitions|alert|alerts|detected|found|warning|warnings|infection|infections|payload)
match: anti-virus
match: antivirus
match: false positive
note: Malware vocabulary in security reports.
ok: The antivirus flagged the DLL: virus scanner false positive.
