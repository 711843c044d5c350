@format 1
@lexicon en/test-allow
@version 1
@kind allow

[kill-signal]
match: kill -9 | kill -(term|kill|hup|int)
note: Unix signals, not violence.
ok: Run kill -9 on the stuck worker

[dump-stack]
match: dump the stack | (stack|core|heap|thread) dump
ok: dump the stack and attach it
ok: a core dump

[abort-call]
match: abort ( )
ok: it calls abort() on error
