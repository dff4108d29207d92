-v prints the lines that do not match, -c only counts, -n numbers the
lines.

  $ echo apple > /tmp/f
  $ echo banana >> /tmp/f
  $ echo cherry >> /tmp/f
  $ echo bandana >> /tmp/f
  $ grep -v an /tmp/f
  apple
  cherry
  $ grep -c an /tmp/f
  2
  $ grep -n an /tmp/f
  2:banana
  4:bandana
  $ grep -c -v an /tmp/f
  2
  $ grep -n -v a /tmp/f
  3:cherry
  $ grep -c zz /tmp/f
  0
  $ grep -q an /tmp/f
  Unknown flag
