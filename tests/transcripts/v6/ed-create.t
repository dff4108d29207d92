ed makes a file from nothing: a appends what is typed up to a line with a
dot alone, w writes it and prints how many bytes it wrote.

  $ ed
  > a
  > hello world
  > second line
  > .
  > w /tmp/f
  > q
  24
  $ cat /tmp/f
  hello world
  second line

Without a file name to write to, w is an error; f names the file, and then
w alone writes there.

  $ ed
  > a
  > x
  > .
  > w
  > f /tmp/g
  > w
  > q
  ?
  /tmp/g
  2
  $ cat /tmp/g
  x
