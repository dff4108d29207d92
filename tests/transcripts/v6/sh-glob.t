Patterns: * ? and [...] (with ranges) in the last part of a path, the
names sorted; a pattern that matches nothing is dropped, and a command
none of whose patterns matches is not run.  The names are made here, so
that the pack and our image answer alike.

  $ mkdir /tmp/g
  $ chdir /tmp/g
  $ echo >ld; echo >ln; echo >ls; echo >mv; echo >ed
  $ echo >getty; echo >glob; echo >group; echo >passwd
  $ echo l?
  ld ln ls
  $ echo [k-m]?
  ld ln ls mv
  $ echo [gp]*
  getty glob group passwd
  $ echo l? nosuch*
  ld ln ls
  $ echo nosuch* e?
  ed
  $ echo nosuch*
  No match
  $ echo /tmp/g/l?
  /tmp/g/ld /tmp/g/ln /tmp/g/ls
  $ echo /t*/g/ls
  No match
  $ echo 'l?' l\?
  l? l?
  $ echo .*
  . ..
