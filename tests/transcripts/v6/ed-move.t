m moves lines after the address that follows it, t copies them there
(0: to the top); k marks a line with a letter and 'x addresses it, wherever
it has moved.

  $ echo one > /tmp/f
  $ echo two >> /tmp/f
  $ echo three >> /tmp/f
  $ echo four >> /tmp/f
  $ ed /tmp/f
  > 1m$
  > 1,$p
  > 3ka
  > 1,2m$
  > 'ap
  > 'a=
  > 1t0
  > 1,$p
  > 2,3t$
  > .=
  > 2m2
  > q
  19
  two
  three
  four
  one
  four
  1
  four
  four
  one
  two
  three
  7
  ?
