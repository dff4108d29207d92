ps shows a background sleep and a pipeline (whose later stages may not have
exec'd cat yet: they are still the shell, -); ed turns ps's line for the sleep
into a kill command, which sh runs, and the shell reports the sleep's end;
then the sleep is gone.

  $ sleep 100 &
  \d+ (re)
  $ ps | cat | cat
    PID TTY TIME CMD
   +\d+ 8 +\d+:\d\d - (re)
   +\d+ 8 +\d+:\d\d sleep (re)
   +\d+ 8 +\d+:\d\d ps (re)
   +\d+ 8 +\d+:\d\d (-|cat) (re)
   +\d+ 8 +\d+:\d\d (-|cat) (re)
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
  $ ps
    PID TTY TIME CMD
   +\d+ 8 +\d+:\d\d - (re)
   +\d+ 8 +\d+:\d\d ps (re)
