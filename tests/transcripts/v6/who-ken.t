A second login on the same terminal takes over its utmp entry.

  $ cp /dev/null /etc/motd
  $ login ken
  $ who
  ken     tty8 Aug 14 22:0\d (re)
  $ login root
  $ who
  root    tty8 Aug 14 22:0\d (re)
