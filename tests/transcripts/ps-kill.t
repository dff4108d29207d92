ps shows a background sleep and a background pipeline of two sleeps; ed
turns ps's line for the first sleep into a kill command, which sh runs, and
the shell reports that sleep's end; then it is gone from ps.

  $ sleep 100 &
  \d+ (re)
  $ sleep 50 | sleep 60 &
  \d+ (re)
  \d+ (re)
  $ ps
    PID TTY TIME CMD
   +\d+ 8 +\d+:\d\d - (re)
   +\d+ 8 +\d+:\d\d sleep (re)
   +\d+ 8 +\d+:\d\d sleep (re)
   +\d+ 8 +\d+:\d\d sleep (re)
   +\d+ 8 +\d+:\d\d ps (re)
  $ ps > /tmp/p
  $ ed /tmp/p
  > /sleep/s/ 8 .*//
  > s/^/kill /p
  > .w /tmp/k
  > q
  \d+ (re)
  kill +\d+ (re)
  \d+ (re)
  $ sh /tmp/k
  \d+: Sig 15 (re)

ps lists the process table in slot order, as V6's did: the last ps took the
slot the killed sleep left, before the pipeline's two.

  $ ps
    PID TTY TIME CMD
   +\d+ 8 +\d+:\d\d - (re)
   +\d+ 8 +\d+:\d\d ps (re)
   +\d+ 8 +\d+:\d\d sleep (re)
   +\d+ 8 +\d+:\d\d sleep (re)
