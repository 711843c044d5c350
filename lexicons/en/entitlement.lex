# Entitlement: treating maintainers as owing service ("I demand", "you owe us", "I pay for this", "as a paying
# customer", "unacceptable for a project of this size", "you have to fix this now", "do your job").
#
# Open-source maintainers are mostly volunteers; these phrases recast a request as an obligation. Paid support
# relationships exist, so rules that mention paying have moderate sureness.
#
# Deliberately left out:
# - "please", "could you", "would it be possible": requests are fine;
# - "we don't work for you" and "you have zero right to demand": the maintainers' answer to entitlement, not
#   entitlement;
# - "on demand", "demand paging", "supply and demand", "you owe me a beer": ordinary phrases.
@format 1
@lexicon en/entitlement
@version 2026.11.22
@class ent_verb: fix | merge | release | revert | address | resolve | implement | support | add | answer | respond | change | restore | update | reply
@class ent_when: now | immediately | asap | today | urgently | tonight | yesterday

[i-demand]
category: entitlement
severity: medium
sureness: 0.8
match: (i|we) (demand|insist) (that|a|an|you|this|it|the)
match: i am (demanding|insisting)
match: we are (demanding|insisting)
match: (i'm|im|we're) demanding
message: Demands action from maintainers ("I demand that ...").
note: "require" is left out: "we require a C11 compiler" is a build requirement, not a demand on people.
hit: {I demand that} this be reverted.
hit: {We insist you} restore the old API.
ok: The build uses demand paging for large inputs.
ok: We require C11 or later.

[you-owe]
category: entitlement
severity: medium
sureness: 0.8
target: person
match: (you|u) owe (us|me|everyone|everybody|them)
match: (you|u) owe it to (us|me|everyone|your|the)
match: (you|u) owe (your|the) (users|community|customers|supporters|sponsors)
unless-after: (a|one|an|another) (beer|beers|drink|drinks|coffee|lunch|dinner|pint|favor|favour|thank-you)
unless-after: (beer|beers|drinks|coffee|lunch|dinner|pints)
message: Tells maintainers they "owe" users a fix.
hit: {You owe us} a working release.
hit: {You owe your users} an explanation.
ok: You owe me a beer for finding that one.

[i-pay-for-this]
category: entitlement
severity: medium
sureness: 0.6
match: (i|we) (pay|paid) for (this|it)
match: (i'm|im|we're) paying (for|you)
message: Invokes payment to demand service ("I pay for this").
note: Paid support contracts exist; sureness is moderate.
hit: {I pay for this} and it still crashes.
hit: {We're paying for} this, fix it.
ok: We pay the hosting costs from donations.

[paying-customer]
category: entitlement
severity: medium
sureness: 0.8
match: as (a|an)? (paying|premium|enterprise|licensed|subscribing|loyal) (customer|customers|user|users|subscriber|subscribers|client|clients|supporter|sponsor|donor|backer)
match: as (a|an) (sponsor|donor|backer|patron|taxpayer)
message: Invokes being a paying customer or sponsor to demand service.
hit: {As a paying customer} I expect a fix this week.
hit: {As a sponsor} I demand a roadmap.
ok: As a customer of the cloud vendor we saw the same outage.
ok: The customers table has one row per account.

[unacceptable]
category: entitlement
severity: medium
sureness: 0.7
match: (this|that|it) (is|was) (completely|totally|absolutely|simply|just|utterly|frankly|entirely)? unacceptable
match: (it's|its|that's|thats) (completely|totally|absolutely|simply|just|utterly|frankly|entirely)? unacceptable
unless-after: (to|on|for|by|under|in) (cran|the|us|debian|fedora|conda|pypi|npm|crates)
message: Declares the maintainers' work "unacceptable".
note: A policy statement ("that is unacceptable on CRAN") is excluded by the words after it.
hit: {This is completely unacceptable}.
ok: It is unacceptable to CRAN to write outside the temp directory.
ok: The current behaviour is unacceptable for large inputs, so here is a patch.

[unacceptable-for-project]
category: entitlement
severity: medium
sureness: 0.8
match: unacceptable for (a|an|such|any) <any:0-3> (project|library|company|product|framework|tool|team|org|organization|organisation|package|vendor)
message: Declares something "unacceptable for a project of this size".
hit: That is {unacceptable for a project} of this size.
hit: Frankly {unacceptable for such a popular library}.
ok: The latency is unacceptable for interactive use.

[you-must-fix-now]
category: entitlement
severity: medium
sureness: 0.8
target: person
match: (you|u) (must|gotta|better) <ent_verb> <any:0-3> <ent_when>
match: (you|u) (have|need) to <ent_verb> <any:0-3> <ent_when>
match: (you're|youre) (obligated|obliged) to <ent_verb>
match: you are (obligated|obliged) to <ent_verb>
unless-before: (if|unless|when|whether|once)
message: Tells maintainers they must fix something now.
hit: {You have to fix this now}.
hit: {You must revert the change immediately}.
ok: You have to restart the server now and then.
ok: If you must fix it today, use the workaround in the wiki.

[do-your-job]
category: entitlement
severity: medium
sureness: 0.8
target: person
match: do (your|ur) (fucking|damn|goddamn)? (job|jobs)
match: (that's|thats|isn't|isnt|is) literally (your|ur) job
match: (your|ur) (whole|entire|only|literal) job
message: Tells maintainers to "do your job".
hit: {Do your job} and review the PR.
hit: Triaging bugs {is literally your job}.
ok: Let the scheduler do its job.

[i-expect]
category: entitlement
severity: medium
sureness: 0.7
match: (i|we) (expect|require) (a|an) (fix|response|answer|solution|explanation|apology|refund|reply|patch) (immediately|asap|now|today|within|by)
match: (i|we) expect (you|u|maintainers) to (fix|respond|answer|address|resolve|merge|release|support|implement|reply)
message: States an expectation of service ("I expect a fix immediately").
hit: {I expect a fix within} the week.
hit: {We expect you to fix} this before the release.
ok: We expect the fix to land in 2.3.

[want-it-now]
category: entitlement
severity: medium
sureness: 0.7
match: (i|we) want (this|it|that) (fixed|done|merged|released|resolved|implemented) (now|immediately|asap|today)
match: (i|we) (want|need) (this|it|that) (fixed|done) yesterday
message: Demands that something be done now.
hit: {I want this fixed now}.
ok: I want this fixed properly, not rushed.

[paying-your-salary]
category: entitlement
severity: medium
sureness: 0.85
match: pay (your|ur) (salary|salaries|wages|paycheck|paycheque)
match: what (are|am) (we|i) paying (you|u|them)? for
match: what do (we|i) pay (you|u|them) for
message: Claims to pay the maintainer's salary ("what are we paying you for?").
hit: My taxes {pay your salary}.
hit: {What are we paying you for}?
ok: Grants pay for the hosting of the build farm.

[you-work-for-us]
category: entitlement
severity: medium
sureness: 0.85
target: person
match: (you|u) work for (us|me)
match: (you|u) work for (the|your) (users|community|customers)
match: (you're|youre) (supposed|meant|paid) to (serve|help|support) (us|me|users)
message: Tells maintainers they work for the writer.
hit: {You work for us}, not the other way round.
ok: Do you work for the company that sponsors the project?

[no-excuse]
category: entitlement
severity: medium
sureness: 0.75
match: (free|volunteer|volunteers|volunteering|unpaid|oss|foss) (is|are) no excuse
match: open source is no excuse
match: being (free|volunteers|unpaid) is no excuse
match: being open source is no excuse
message: Says that being volunteers or free software is "no excuse".
hit: {Volunteers are no excuse}: this is critical infrastructure.
hit: Sorry, {open source is no excuse} for this.
ok: Free software is no longer a niche.

[least-you-could-do]
category: entitlement
severity: medium
sureness: 0.75
match: least (you|u) (could|can) do
message: Says a fix is "the least you could do".
hit: A changelog entry is the {least you could do}.
ok: At least you could reproduce it on ARM.

[stop-using]
category: entitlement
severity: low
sureness: 0.5
match: (i'll|ill|we'll|i|we) (will|shall)? (stop|quit) using (this|your)
match: (switch|switching|move|moving|migrate|migrating) to (a|the)? (competitor|competition)
match: (lose|losing|lost) (a|your|all|many)? (customer|customers|users)
message: Threatens to leave for a competitor unless served.
note: Low severity: announcing a switch is not incivility on its own.
hit: If this isn't fixed {we will stop using your} library.
hit: You are {losing customers} over this.
ok: We stopped using the old API in 2.0.

[basic-feature]
category: entitlement
severity: low
sureness: 0.5
match: (every|any) (other)? (serious|decent|real|professional|competent) (project|library|tool|framework|company|product) (has|does|supports|would)
message: Shames the project by comparing it with "any serious project".
hit: {Any serious project has} a stable release branch.
ok: Every project has a CONTRIBUTING file.

[fired-because-of-you]
category: entitlement
severity: medium
sureness: 0.75
match: (fired|sacked) because of (you|u|your|this)
match: because of (you|u) (i|we) (lost|missed|might|will|could|am|have)
message: Blames the maintainers for the writer's job or deadline.
hit: I might get {fired because of you}.
ok: Because of the holiday we missed the release window.

[who-pays-me]
category: entitlement
severity: low
sureness: 0.6
match: who (will|would) pay (me|us) for
match: who is (going|gonna) (to)? pay (me|us) for
message: Demands compensation from maintainers for the writer's work ("who will pay me for this?").
hit: {Who will pay me for} the migration?
ok: Who will pay for the hosting next year is still open.
