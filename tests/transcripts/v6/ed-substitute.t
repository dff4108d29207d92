s replaces the first match on each line of its range; g after it, every
match; & in the replacement is what matched, \& an ampersand; p prints
the line after.

  $ echo 'the cat sat on the mat' > /tmp/f
  $ echo 'a dog' >> /tmp/f
  $ ed /tmp/f
  > 1s/at/og/p
  > 1s/at/og/gp
  > 1s/the/[&]/gp
  > 2s/dog/& & \&/p
  > 1,2s/o/0/
  > 1,$p
  > s/x/y/
  > q
  29
  the cog sat on the mat
  the cog sog on the mog
  [the] cog sog on [the] mog
  a dog dog &
  [the] c0g sog on [the] mog
  a d0g dog &
  ?

Groups \( \) are taken apart again with \1, \2 ...; a backslash before a
RETURN in the replacement splits the line.

  $ echo 'John Smith' > /tmp/n
  $ ed /tmp/n
  > s/\(.*\) \(.*\)/\2, \1/p
  > s/, /\
  > /
  > 1,$p
  > $=
  > q
  11
  Smith, John
  Smith
  John
  2

An empty expression is the last one used; x* matches nothing between
characters too.

  $ echo 'banana' > /tmp/b
  $ ed /tmp/b
  > /an/s//AN/gp
  > s/x*/-/gp
  > q
  7
  bANANa
  -b-A-N-A-N-a-
