ls and its options, on files made here (so that the listing is the same on the genuine
pack and on our own image).  The sticky bit is a t after the mode, in place of its blank.

  $ mkdir /tmp/l
  $ chdir /tmp/l
  $ echo x > b
  $ echo yy > a
  $ echo 0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ012 > c
  $ cat c c c c c c c c > d
  $ cat d d d d d d d d d d > e
  $ mkdir sub
  $ ls
  a
  b
  c
  d
  e
  sub
  $ ls -a
  .
  ..
  a
  b
  c
  d
  e
  sub
  $ ls -r
  sub
  e
  d
  c
  b
  a
  $ ls -s
  total 18
     1 a
     1 b
     1 c
     2 d
    12 e
     1 sub
  $ ls -l a e sub
  -rw-rw-rw-  1 root        3 .* a (re)
  -rw-rw-rw-  1 root     5280 .* e (re)
  
  sub:
  total 0
  $ ls -ld . sub
  drwxrwxrwx  3 root      128 .* . (re)
  drwxrwxrwx  2 root       32 .* sub (re)
  $ ls -d sub /tmp/l/sub
  /tmp/l/sub
  sub
  $ ls -i a sub
  .*\d+ a (re)
  
  sub:
  $ ls -f sub
  .
  ..
  $ ls nosuch a
  nosuch not found
  a
  $ ls sub b
  b
  
  sub:
  $ chmod 4751 a
  $ chmod 1600 b
  $ ls -l a b
  -rwsr-x--x  1 root        3 .* a (re)
  -rw-------t 1 root        2 .* b (re)
  $ chdir /
  $ rm /tmp/l/a /tmp/l/b /tmp/l/c /tmp/l/d /tmp/l/e
  $ rmdir /tmp/l/sub /tmp/l
