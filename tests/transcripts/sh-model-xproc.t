model: xproc

Under the cross-process model (pcreate, pdup, pexec, pstart): pipes,
redirections, a script, background and wait, a quit with its core.

  $ model
  xproc
  $ echo one two | wc
        1       2 
  $ echo first > f; echo second >> f; cat f
  first
  second
  $ echo 'if $1 = go echo went' > s
  $ sh s go
  went
  $ sleep 2 &
  \d+ (re)
  $ wait
  $ sleep 100
  > ^\
  Quit -- Core dumped
  $ ls core
  core
