What ed has that V6's did not (V7's commands): j joins lines, n prints
them with their numbers (the terminal turns the tab into spaces), u undoes the last change (and u again undoes
the undo); q exits with status 0.

  $ echo one > /tmp/f
  $ echo two >> /tmp/f
  $ echo three >> /tmp/f
  $ ed /tmp/f
  > 1,$n
  > 1,2j
  > 1,$p
  > u
  > 1,$p
  > 2d
  > u
  > 2n
  > g/e/s/e/E/
  > 1,$p
  > u
  > 1,$p
  > q
  14
  1       one
  2       two
  3       three
  onetwo
  three
  one
  two
  three
  2       two
  onE
  two
  thrEe
  one
  two
  three
