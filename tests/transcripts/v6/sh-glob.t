Patterns: * ? and [...] (with ranges) in the last part of a path, the
names sorted; a pattern that matches nothing is dropped, and a command
none of whose patterns matches is not run.

  $ echo /bin/l?
  /bin/ld /bin/ln /bin/ls
  $ echo /bin/[k-m]?
  /bin/ld /bin/ln /bin/ls /bin/mv
  $ echo /etc/[gp]*
  /etc/getty /etc/glob /etc/group /etc/passwd
  $ echo /bin/l? nosuch*
  /bin/ld /bin/ln /bin/ls
  $ echo nosuch* /bin/e?
  /bin/ed
  $ echo nosuch*
  No match
  $ echo /b*/ls
  No match
  $ echo '/bin/l?' /bin/l\?
  /bin/l? /bin/l?
  $ chdir /etc
  $ echo u*
  umount update utmp
  $ echo .*
  . ..
