e edits another file, r reads one in after a line, w writes lines out;
each prints how many bytes it read or wrote.  f prints (or sets) the
remembered file name.

  $ echo one > /tmp/a
  $ echo two > /tmp/b
  $ ed /tmp/a
  > f
  > r /tmp/b
  > 1,$p
  > 2w /tmp/c
  > f
  > e /tmp/c
  > p
  > f
  > e /nosuch
  > f
  > q
  4
  /tmp/a
  4
  one
  two
  4
  /tmp/a
  4
  two
  /tmp/c
  ?
  /nosuch
  $ cat /tmp/c
  two

With - first, the counts are left out.

  $ ed - /tmp/a
  > 0r /tmp/b
  > w
  > q
  $ cat /tmp/a
  two
  one
