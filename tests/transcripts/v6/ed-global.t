g runs commands on every line an expression matches, v on every line it
does not.

  $ echo 'apple pie' > /tmp/f
  $ echo 'banana split' >> /tmp/f
  $ echo 'apple tart' >> /tmp/f
  $ echo 'cherry cake' >> /tmp/f
  $ ed /tmp/f
  > g/apple/p
  > v/apple/p
  > g/a/s/a/A/p
  > g/^A/d
  > 1,$p
  > q
  46
  apple pie
  apple tart
  banana split
  cherry cake
  Apple pie
  bAnana split
  Apple tart
  cherry cAke
  bAnana split
  cherry cAke

The commands of g may be several, on lines ended by a backslash; "." is
each chosen line in turn.

  $ echo one > /tmp/g
  $ echo two >> /tmp/g
  $ echo three >> /tmp/g
  $ ed /tmp/g
  > g/o/s/o/0/\
  > p
  > g/t/.,$p
  > q
  14
  0ne
  tw0
  tw0
  three
  three
