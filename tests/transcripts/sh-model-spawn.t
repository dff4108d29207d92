model: spawn

The model builtin says the process-creation model and, for the super-user,
sets it; the shell starts its commands through the launcher, which uses
only the current model's calls (strict mode is tested in tests/userland/test_sh.py:
V6's own init and login, which fork, cannot run in it).

  $ model
  spawn
  $ echo a b c | wc
        1       3 
  $ (echo x; echo y) > f; cat < f
  x
  y
  $ nosuch
  nosuch: not found
  $ echo 'echo in a script $1' > s
  $ sh s arg
  in a script arg
  $ sleep 100
  > ^?
  
  $ model nosuch
  model: unknown model
  $ model xproc
  $ model
  xproc
  $ echo still | cat | wc
        1       1 
  $ model spawn
