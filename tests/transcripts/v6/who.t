who lists the users of /etc/utmp, which login filled in: name, terminal,
and when the user logged in.

  $ who
  root    tty8 Aug 14 22:0\d (re)
  $ who am I
  root    tty8 Aug 14 22:0\d (re)
  $ who am i </dev/null
  Nobody.
