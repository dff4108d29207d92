grep prints the lines of its input that a regular expression matches,
from files or from its standard input.

  $ echo apple > /tmp/f
  $ echo banana >> /tmp/f
  $ echo cherry >> /tmp/f
  $ echo bandana >> /tmp/f
  $ grep an /tmp/f
  banana
  bandana
  $ grep '^b.*a$' /tmp/f
  banana
  bandana
  $ grep 'r*y' /tmp/f
  cherry
  $ grep '[pc]' /tmp/f
  apple
  cherry
  $ grep 'a.a.a' /tmp/f
  banana
  $ grep zz /tmp/f
  $ cat /tmp/f | grep e
  apple
  cherry
  $ ls /bin | grep '^ed$'
  ed
