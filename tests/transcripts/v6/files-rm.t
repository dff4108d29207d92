rm: a write-protected file makes rm ask first (its mode in octal, and the word mode), -f does not ask;
directories need -r, which empties them but leaves them for rmdir.

  $ chdir /tmp
  $ echo x > p
  $ chmod 444 p
  $ rm p
  > n
  p: 100444 mode  (no-eol)
  $ ls
  p
  $ rm p
  > y
  p: 100444 mode  (no-eol)
  $ ls
  $ echo x > q
  $ chmod 400 q
  $ rm -f q
  $ ls
  $ rm nosuch
  nosuch: non existent
  $ mkdir d
  $ mkdir d/e
  $ echo x > d/f
  $ echo y > d/e/g
  $ rm d
  d: directory
  $ rm -r d
  $ ls d d/e
  
  d:
  e
  
  d/e:
  $ rmdir d/e d
  $ ls
