a appends after a line, i inserts before it, c changes lines, d deletes
them; "." is left at the last line typed (or after the deleted ones).

  $ echo one > /tmp/f
  $ echo two >> /tmp/f
  $ echo three >> /tmp/f
  $ ed /tmp/f
  > 1a
  > one and a half
  > .
  > i
  > before one and a half
  > .
  > 0a
  > zero
  > .
  > $c
  > THREE
  > 3
  > .
  > .=
  > 1,$p
  > 2,3d
  > p
  > 1,$d
  > p
  > $=
  > q
  14
  7
  zero
  one
  before one and a half
  one and a half
  two
  THREE
  3
  one and a half
  ?
  0
