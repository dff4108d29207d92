Lists: ; runs in turn, & runs without waiting and says the pid, wait
waits for all; ( ... ) runs a list in a shell of its own.

  $ echo a; echo b ; echo c
  a
  b
  c
  $ sleep 2 &
  \d+ (re)
  $ wait
  $ (echo x; echo y) | wc
        2       2 
  $ (echo in; echo out) > f; cat f
  in
  out
  $ (chdir /etc; ls passwd); ls passwd
  passwd
  passwd not found
  $ echo a; (echo b; (echo c))
  a
  b
  c
  $ (echo a) b
  syntax error
  $ : a label, nothing happens
