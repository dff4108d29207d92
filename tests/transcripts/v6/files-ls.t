ls and its options on the pack's own /etc and /dev, and on new files.

  $ ls /usr/games
  bj
  chess
  cubic
  moo
  ttt
  ttt.k
  wump
  $ ls -l /dev
  total 0
  crw-rw-r--  1 bin     8,  1 May 13 20:01 kmem
  crw-rw-r--  1 bin     8,  0 May 13 20:01 mem
  crw-rw-rw-  1 bin     8,  2 May 13 20:01 null
  crw--w--w-  1 root    0,  0 .* tty8 (re)
  $ ls -lg /etc/passwd /etc/group
  -rw-r--r--  1 bin        26 May 13 20:05 /etc/group
  -rw-r--r--  1 bin        66 May 27 .* /etc/passwd (re)
  $ ls -d /etc /usr
  /etc
  /usr
  $ ls -s /etc/mkfs /etc/rc
    10 /etc/mkfs
     1 /etc/rc
  $ ls -r /usr/games
  wump
  ttt.k
  ttt
  moo
  cubic
  chess
  bj
  $ ls /nosuch /etc/rc
  /nosuch not found
  /etc/rc
  $ mkdir /tmp/l
  $ chdir /tmp/l
  $ echo x > b
  $ echo yy > a
  $ ls -a
  .
  ..
  a
  b
  $ ls -l
  total 2
  -rw-rw-rw-  1 root        3 .* a (re)
  -rw-rw-rw-  1 root        2 .* b (re)
  $ ls -ld .
  drwxrwxrwx  2 root       64 .* . (re)
  $ ls -i /etc/passwd
    285 /etc/passwd
  $ ls -f /usr/games
  .
  ..
  bj
  cubic
  ttt
  ttt.k
  wump
  chess
  moo
  $ chdir /
  $ rm /tmp/l/a /tmp/l/b
  $ rmdir /tmp/l
