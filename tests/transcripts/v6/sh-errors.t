What the shell says when a line is wrong or a command cannot run, and
that it goes on.

  $ echo a > b > c
  syntax error
  $ >empty
  syntax error
  $ echo a |
  syntax error
  $ | wc
  syntax error
  $ echo (a)
  syntax error
  $ (echo a
  syntax error
  $ echo a)
  syntax error
  $ < x
  syntax error
  $ nosuch
  nosuch: not found
  $ /etc/passwd
  /etc/passwd: not found
  $ cat </nosuch
  /nosuch: cannot open
  $ echo a >/nosuch/file
  /nosuch/file: cannot create
  $ chdir /nosuch
  chdir: bad directory
  $ chdir
  chdir: arg count
  $ shift
  shift: no args
  $ ; echo still here
  still here
