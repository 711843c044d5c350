# Calls to action: urging others to pile on, shame someone in public or flood a thread ("everyone go downvote this",
# "let's flood their issue tracker", "post this on Hacker News", "name and shame", "if shaming on social media does
# not work, what does?").
#
# A single message rarely decides a pile-on; these findings are inputs to the thread analyser, which looks for the
# newcomers that follow. Inviting feedback on a proposal ("everyone please review the RFC") is how open source works
# and is not matched: the rules look for pressure verbs (flood, downvote, spam, brigade, shame), for moving a dispute
# to social media, and for targeting a person or their employer.
#
# Deliberately left out:
# - "spread the word", "please share": used for release announcements and conferences;
# - "report it to GitHub" and "contact the code of conduct committee": the legitimate way to escalate;
# - "+1" and "upvote the issue instead of commenting": maintainers ask for that.
@format 1
@lexicon en/call_to_action
@version 2026.11.22
@class cta_crowd: everyone | everybody | y'all | yall | folks | guys | people
@class cta_pressure: downvote | downvoting | spam | spamming | flood | flooding | brigade | brigading | dogpile | dogpiling | pile | harass | mass-report | mass-flag | mob | bombard | swamp | raid | troll
@class cta_social: twitter | reddit | hn | hackernews | mastodon | bluesky | facebook | linkedin | lobsters | slashdot | phoronix | lwn | tiktok | youtube | instagram | fediverse | 4chan
@class cta_site: issue | issues | tracker | inbox | inboxes | mailbox | repo | repos | mentions | notifications | timeline | comments | thread | threads | channel | discord | slack | list | tickets | forum | twitter | dms | email | emails | pr | prs

[everyone-pile-on]
category: call_to_action
severity: medium
sureness: 0.8
match: <cta_crowd> (should|must|go|please|needs|need|gotta) (go|to)? <cta_pressure>
match: (everyone|everybody) <cta_pressure> (this|that|the|their|his|her) (issue|pr|repo|thread|post|comment|project|account|package|crate|maintainer|author)
message: Urges people to pile on: downvote, flood, report or complain en masse.
hit: {Everyone go downvote} that PR.
hit: {Folks should go spam} his comments until they stop.
ok: Everyone please review the RFC before Friday.
ok: People should report bugs on the tracker, not by email.

[lets-flood]
category: call_to_action
severity: high
sureness: 0.85
match: (let's|lets) (all)? (flood|spam|bombard|swamp|brigade|raid|storm|downvote|dogpile|mob|overwhelm|mass-report|harass|flame)
unless-after: (out|away|memory)
unless-after: (the|a) (cache|buffer|queue|disk|network|pipeline|table|database|db|benchmark)
message: Proposes a coordinated pile-on ("let's flood their issue tracker").
hit: {Let's flood} their issue tracker until they revert it.
hit: {Lets all downvote} the PR.
ok: Let's storm-proof the CI with retries.
ok: Let's flood the cache with writes in the benchmark.

[flood-their]
category: call_to_action
severity: medium
sureness: 0.8
match: (flood|flooding|spam|spamming|bombard|bombarding|swamp|swamping|brigade|brigading|raid|raiding) (their|his|her|the|this|that|your) <cta_site>
unless-before: (don't|dont|not|never|to|stop|please|would|will|may|might|could|can)
message: Urges flooding someone's issue tracker, inbox or channel.
note: A warning not to ("please don't flood the list") is excluded by the word before.
hit: Everyone should {flood their inbox} until they answer.
ok: Please don't flood the list with +1 messages.

[post-on-social]
category: call_to_action
severity: medium
sureness: 0.6
match: (post|share|put|tweet|toot|take|submit|blast|screenshot|crosspost|cross-post) (this|it|that|them|him|her) (on|to|onto) <cta_social>
match: (post|share|put|tweet|toot|take|submit|blast) (this|it|that|them|him|her) (on|to) hacker news
match: (post|share|put|tweet|toot|take|submit|blast) (this|it|that|them|him|her) (on|to) social media
match: (post|share|put|tweet|toot|take|submit|blast|screenshot) (this|that|these|those) <any:1-2> (on|to|onto) <cta_social>
match: (post|share|put|tweet|toot|take|submit|blast|screenshot) (this|that|these|those) <any:1-2> (on|to) social media
message: Urges moving the dispute to social media ("post this on Hacker News").
note: Announcing one's own release on social media is common, so sureness is moderate.
hit: Somebody {post this on Reddit} so people see how they treat contributors.
hit: We should {take it to social media}.
hit: Honestly, everyone should {post this thread on social media} so people see how they treat contributors.
ok: I posted the release notes on the blog.
ok: Please post this patch to the list again as v3.

[social-media-shaming]
category: call_to_action
severity: high
sureness: 0.85
match: (shaming|shame|shamed|call-outs|callouts|callout) (on|via|through|over) social media
match: social media (shaming|pile-on|pile-ons|pileon|outrage|campaign|callout|callouts|pressure|brigade|storm|mob)
match: (shaming|shame) (on|via) (twitter|reddit|hn|mastodon|bluesky|linkedin)
message: Appeals to social-media shaming as a way to win a technical dispute.
hit: If {shaming on social media} is what it takes, so be it.
hit: Maybe a {social media campaign} will change their mind.
ok: The social media links are in the footer.

[name-and-shame]
category: call_to_action
severity: medium
sureness: 0.8
match: name and shame
match: name-and-shame
match: naming and shaming
match: publicly shame*
match: public shaming
match: shame them publicly
match: shame him publicly
match: shame her publicly
match: wall of shame
match: hall of shame
message: Calls for naming and shaming someone in public.
hit: We should {name and shame} the vendor.
hit: Put them on the {wall of shame}.
ok: The name of the shared library changed.

[let-world-know]
category: call_to_action
severity: medium
sureness: 0.65
match: let the (world|internet|community) know
match: tell the (world|internet) (what|how)
message: Urges telling the world about someone's behaviour.
hit: {Let the world know} how this project treats users.
ok: Let the worker know when the queue is empty.

[make-noise]
category: call_to_action
severity: medium
sureness: 0.6
match: make (some|enough|more) noise
match: make a (stink|fuss|scene)
match: raise hell
match: raise a stink
unless-after: (in|to|on) (the)? (data|signal|image|sample|samples)
message: Urges making noise to pressure maintainers.
hit: We need to {make some noise} until they listen.
hit: Let's {raise hell} on the mailing list.
ok: Add some noise to the signal before fitting.

[brigade]
category: call_to_action
severity: medium
sureness: 0.45
match: brigade
match: brigades
match: brigading
match: brigaded
match: dogpile
match: dogpiling
match: dog-pile
match: pile on (him|her|them|this)
match: pile onto
unless-before: (fire|bucket)
message: Mentions brigading or a dogpile.
note: Moderators use the same words to describe what they are stopping ("please stop brigading"); sureness is moderate and the thread analyser decides.
hit: Time to {brigade} their forum.
hit: Let's all {pile on him}.
ok: The fire brigade response times are in the dataset.

[go-tell-them]
category: call_to_action
severity: medium
sureness: 0.75
match: (go|please|everyone|everybody) tell (them|him|her) what (you|u|we) think
match: give (them|him|her) hell
match: give (them|him|her) a piece of (your|ur) mind
message: Urges others to go and tell someone off.
hit: {Go tell them what you think} on the issue.
hit: Go {give them hell}.
ok: Tell them what you think of the RFC in the survey.

[email-their-boss]
category: call_to_action
severity: medium
sureness: 0.8
match: <cta_crowd> (email|call|contact|message|dm|ping|write) (the|their|his|her) (ceo|boss|employer|manager|sponsors|sponsor|funders|company|university|hr)
match: (let's|lets) (email|call|contact|message|tag) (the|their|his|her) (ceo|boss|employer|manager|sponsors|sponsor|funders|company|university)
message: Urges others to contact someone's employer or sponsors.
hit: {Everyone email their sponsors} and tell them.
ok: Everyone should email the release manager with blockers.

[dont-let-them]
category: call_to_action
severity: medium
sureness: 0.6
match: (don't|dont|won't|wont|can't|cant|shouldn't|mustn't) let (them|him|her) get away with
message: Urges others not to let someone "get away with it".
hit: {Don't let them get away with} this.
ok: Don't let the parser get away with malformed input.

[more-people-complain]
category: call_to_action
severity: medium
sureness: 0.7
match: (more|enough|many) people (need|needs|should|must|have)? (to)? (complain|pile|downvote|yell|shout|object)
message: Calls for more people to complain.
hit: We need {more people to complain} before they notice.
ok: More people use the CLI than the GUI.

[go-viral]
category: call_to_action
severity: low
sureness: 0.6
match: (make|help|let) (this|it) go viral
match: (deserves|needs) to go viral
message: Urges making a dispute go viral.
hit: {Make this go viral} so they have to respond.
ok: The viral load column is a double.

[boycott]
category: call_to_action
severity: medium
sureness: 0.6
match: boycott*
match: cancel (him|her|them)
match: (unfollow|unstar|unsponsor) (them|him|her|this)
message: Calls for a boycott or for "cancelling" someone.
hit: {Boycott} the vendor until they relicense.
hit: Time to {cancel him}.
ok: Cancel the job if it takes longer than an hour.

[screenshot-everything]
category: call_to_action
severity: low
sureness: 0.55
match: (screenshot|screenshotted|screencapped|screencap) (this|everything) (before|for)
message: Says the thread is being saved for public exposure.
hit: {Screenshot this before} they delete it.
ok: I saved it before the crash, here is the core file.

[mass-report]
category: call_to_action
severity: medium
sureness: 0.8
match: mass (report|reporting|reported|flag|flagging|downvote|downvoting|email|emailing|ping|pinging|spam|spamming)
message: Calls for mass reporting, downvoting or emailing.
hit: Time for a {mass report} of their account.
ok: Mass spectrometry data is in the package.

[make-them-pay]
category: call_to_action
severity: medium
sureness: 0.75
match: (let's|lets|we) (should|must|will)? make (them|him|her) (pay|regret|listen|suffer|sorry)
message: Urges others to "make them pay".
hit: {Let's make them pay} for this license change.
ok: Let's make them optional in the next release.
