mesg says whether others could write to the terminal, then lets them or not;
with no argument it reverses that.

  $ mesg n
  was y
  $ mesg
  was n
  $ mesg
  was y
  $ mesg y
  was n
  $ mesg </dev/null >/dev/null
  cannot stat
