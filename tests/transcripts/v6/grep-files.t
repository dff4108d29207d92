With several files each line is preceded by its file's name; a file that
cannot be opened is said so.

  $ echo apple > /tmp/a
  $ echo banana >> /tmp/a
  $ echo pineapple > /tmp/b
  $ grep apple /tmp/a /tmp/b
  /tmp/a:apple
  /tmp/b:pineapple
  $ grep -n an /tmp/a /tmp/b
  /tmp/a:2:banana
  $ grep -c p /tmp/a /tmp/b
  /tmp/a:1
  /tmp/b:1
  $ grep apple /tmp/nosuch
  Can't open /tmp/nosuch
  $ grep '[ab' /tmp/a
  RE error
