Every error is a ? alone; at a terminal ed goes on with the next line.

  $ echo one > /tmp/f
  $ ed /tmp/f
  > x
  > 1,2p
  > /two/
  > s/two/three/
  > k1
  > 1m1
  > a x
  > w /nodir/f
  > r /nosuch
  > g/*/p
  > s/o\)/0/
  > p
  > q
  4
  ?
  ?
  ?
  ?
  ?
  ?
  ?
  ?
  ?
  ?
  ?
  one

A file that cannot be read is ? too, but it is remembered.

  $ ed /nosuch
  > f
  > q
  ?
  /nosuch
