# Threats: threats of violence, harm or retaliation against a person, wishes that someone comes to harm, and threats
# against someone's job or privacy (doxxing, "I'll contact your employer").
#
# Every rule needs a person as the object: "kill you", "find where you live", "hope you die". The technical verbs
# ("kill -9", "kill the process", "shoot me an email", "execute the job", "the build hangs") never match, and allow.lex
# lists them again so that no other scorer reports them either.
#
# Deliberately left out:
# - moderators' warnings ("you will be banned", "this is your final warning"): enforcing a code of conduct is not a
#   threat;
# - "kill it with fire", "nuke it from orbit" and other jokes about code;
# - calls for harm against identity groups ("death to ..."): identity_attack.lex.
@format 1
@lexicon en/threat
@version 2026.11.22
@class thr_subject: you | u | he | she | whoever | author | authors | maintainer* | dev | devs | developer* | person | guy | guys
@class thr_harm: kill | murder | strangle | stab | punch | hurt | slap | choke | smack | gut | end | throttle
@class thr_victim: you | u | ya | him | her | whoever
@class thr_contact: contact | email | call | inform | notify | tell
@class thr_boss: employer | boss | manager | company | university | supervisor | advisor | parents | wife | husband

[kill-you]
category: threat
severity: high
sureness: 0.85
target: person
match: (i'll|ill|i'd|we'll) <thr_harm> <thr_victim>
match: (i|we) (will|would|could|gonna|wanna|shall) <thr_harm> <thr_victim>
match: (i'm|im|we're) (going|gonna) (to)? <thr_harm> <thr_victim>
match: (i|we) (am|are) (going|gonna) (to)? <thr_harm> <thr_victim>
match: (i|we) (want|wanna) to <thr_harm> <thr_victim>
message: Threatens to kill or hurt someone.
note: "shoot" and "beat" are left out: "I'll shoot you an email" and "I'll beat you to it" are friendly.
hit: Push to main again and {I'll kill you}.
hit: {I am going to punch you} if this ships.
hit: Honestly {I could strangle him}.
ok: I'll kill your stale job on the build farm.
ok: We kill the worker after the timeout.
ok: I'll shoot you an email and beat you to the release.

[find-you]
category: threat
severity: high
sureness: 0.85
target: person
match: (know|find|found|finding) where (you|u|he|she) (live|lives|work|works|sleep|sleeps)
match: (i'll|ill|we'll) (find|hunt) (you|u|him|her) down
match: (i|we) (will|gonna) (find|hunt) (you|u|him|her) down
message: Threatens to find someone ("I know where you live").
hit: Careful, I {know where you live}.
hit: {I'll hunt you down} for this commit.
ok: Did you find where the config lives?

[will-find-you]
category: threat
severity: high
sureness: 0.7
target: person
match: (i'll|ill|we'll) find (you|u)
match: (i|we) will find (you|u)
unless-after: (a|an|the|some|one|that|it|this|more|something|another|someone|link|links|example|examples|reference|references|pointers|answer|answers|fix|patch|version|commit|thread|source|bug|issue|solution|way|useful|interesting|helpful|relevant|in|on|at|there|here|when|if|later|tomorrow|soon|out|what|where|how|which|those|these|them|good|better|all)
message: "I will find you": a threat to track someone down.
note: "I'll find you a link" and similar offers are excluded by the word after "you".
hit: You merged that on purpose. {I will find you}.
ok: I will find you a link to the spec.
ok: I'll find you the reference tomorrow.

[watch-your-back]
category: threat
severity: high
sureness: 0.85
target: person
match: watch (your|ur) back
match: sleep with one eye open
match: (you|u|you'd|youd) better watch (yourself|urself)
message: Warns someone to "watch their back".
hit: Keep closing my issues and {watch your back}.
hit: {You better watch yourself}.
ok: Watch your backups: they are not encrypted.
ok: You'd better watch out for NaN in the input.

[regret]
category: threat
severity: medium
sureness: 0.6
target: person
match: (you'll|youll|ull) regret (this|that|it)
match: (you|u) will regret (this|that|it)
match: (you'll|youll|ull) pay for (this|that|it)
match: (you|u) will pay for (this|that|it)
match: (you'll|youll) be sorry
match: you will be sorry
unless-after: (in|with|at|later|by|through|when|if|once)
message: Warns someone they will regret something, which reads as a threat of retaliation.
note: Technical advice ("you'll regret using a global here") does not match: the object must be "this", "that" or "it".
hit: Close this again and {you'll regret it}.
hit: {You will pay for this}.
ok: You'll regret using a global for that counter.

[career-threat]
category: threat
severity: high
sureness: 0.85
target: person
match: (make|making) sure (you|u|he|she) never (work|contribute|code) (again|anywhere)
match: (make|making) sure (you|u|he|she) (never|don't|dont|won't|wont) get hired
match: never work in (this|the) (industry|field|town|community|ecosystem) again
match: (end|ruin|destroy) (your|ur|his|her) (career|life|reputation)
match: get (you|u|him|her) (fired|sacked|blacklisted)
unless-after: up
message: Threatens someone's job or career.
hit: I'll {make sure you never work again}.
hit: You'll {never work in this industry again}.
hit: This will {end your career}.
hit: I'll {get you fired} for this.
ok: Make sure you never commit the secrets file.
ok: Make sure you never work directly on main.
ok: This release should get you fired up.
ok: This patch will end your rebase conflicts.

[hope-you-die]
category: threat
severity: high
sureness: 0.95
target: person
match: (hope|wish|pray) (you|u|he|she|they|whoever) (die|dies|rot|burn|suffer|choke|starve|drown)
match: (hope|wish|pray) (you|u|he|she|whoever) (get|gets|catch|catches|develop|develops) (cancer|aids|ebola|covid|hit)
match: kys
match: kill yourself
match: kill urself
match: kill yourselves
match: neck yourself
match: unalive yourself
match: drink bleach
match: go die
match: go hang yourself
match: go jump off a bridge
message: Wishes death or harm on someone, or tells them to kill themselves.
hit: I {hope you die} in a fire.
hit: Just {kys}.
hit: Nobody wants you here, {go die}.
ok: I hope your daemon dies gracefully on SIGTERM.
ok: We hope you get this merged before the freeze.

[hurt-body]
category: threat
severity: high
sureness: 0.85
target: person
match: (punch|smack|slap|hit|kick|stab) (you|u|him|her) in the (face|mouth|head|teeth|balls|nuts|throat|gut)
match: break (your|ur|his|her) (legs|fingers|arms|face|kneecaps|jaw|teeth|nose)
match: (bullet|bullets) (in|into|through) (your|ur|his|her) (head|skull|brain|face)
message: Threatens bodily harm.
hit: I will {punch you in the face}.
hit: Someone should {break your fingers}.
ok: The hit in the cache is what makes it fast.
ok: Don't break your build over the deadline.

[should-be-killed]
category: threat
severity: high
sureness: 0.85
target: person
match: <thr_subject> <any:0-2> (should|deserve|deserves|ought) (to)? (be|get) (shot|killed|hanged|lynched|beaten|punched|stabbed|strangled|murdered|gassed)
match: (someone|somebody) (should|needs|must|ought) (to)? (shoot|kill|punch|stab|strangle|beat|lynch|murder|hang|slap) (you|u|him|her|whoever)
message: Says someone deserves to be killed or hurt, or urges someone to do it.
hit: {Whoever wrote this should be shot}.
hit: {Someone should punch him}.
ok: The job should be killed after the timeout.
ok: Someone should kill the stale runners.

[dox]
category: threat
severity: high
sureness: 0.85
target: person
match: (dox|doxx|doxxed|doxed|doxing|doxxing) (you|u|him|her|them|your|ur)
match: (i'll|ill|we'll) (dox|doxx|leak|publish|post) (your|ur|his|her) (address|home|phone|family|photos|pictures|dms)
match: (i|we) (will|gonna|could) (dox|doxx|leak|publish|post) (your|ur|his|her) (address|home|phone|family|photos|pictures|dms)
match: (your|ur) (address|family|photos) (will|would) (be|get) (posted|leaked|published)
message: Threatens to expose someone's personal information (doxxing).
hit: Keep it up and I'll {dox you}.
hit: {I will post your address} on the forum.
ok: I will post your patch to the list tomorrow.
ok: Leak your address space layout with /proc/self/maps.

[contact-employer]
category: threat
severity: medium
sureness: 0.6
target: person
match: (i'll|ill|we'll) <thr_contact> (your|ur|his|her) <thr_boss>
match: (i|we) (will|shall|could|might|should) <thr_contact> (your|ur|his|her) <thr_boss>
match: (i'm|im|we're) (going|gonna) (to)? <thr_contact> (your|ur|his|her) <thr_boss>
match: report (you|u|him|her) to (your|ur|his|her) <thr_boss>
message: Threatens to go to someone's employer or family.
note: Reporting to a project's code-of-conduct committee is not a threat and does not match.
hit: If this isn't fixed {I'll contact your employer}.
hit: {I'm going to email your boss} about this.
hit: I'm going to {report you to your boss}.
ok: Please contact your administrator to get access.

[house]
category: threat
severity: high
sureness: 0.85
target: person
match: (burn|bomb|torch|firebomb|blow) (down|up)? (your|ur|his|her) (house|home|office|car|family)
match: (come|coming|show|showing) (up)? (to|at) (your|ur|his|her) (house|home|door|doorstep|workplace)
unless-after: (directory|dir|folder|page|screen|network|inbox|button|tab|branch|feed)
message: Threatens someone's home or family.
hit: I'll be {coming to your house}.
hit: Somebody will {burn down your house}.
ok: Files come to your home directory by default.
ok: Come to our office hours on Friday.

[make-life-hell]
category: threat
severity: high
sureness: 0.85
target: person
match: make (your|ur|his|her) life (hell|miserable)
match: make (your|ur|his|her) life a living hell
message: Threatens to make someone's life hell.
hit: I will {make your life hell} until this is merged.
ok: This tool will make your life easier.

[fire-them]
category: threat
severity: medium
sureness: 0.6
target: person
match: i'd fire (him|her|them|whoever)
match: (i|you|they|someone|somebody) (would|should) fire (him|her|them|whoever)
message: Calls for someone to be fired.
note: Closer to a threat against someone's livelihood than to criticism of their work.
hit: If I were his manager {I'd fire him}.
ok: I'd fire the event after the state is updated.
