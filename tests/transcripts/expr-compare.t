Comparisons give 1 or 0: as numbers when both sides are integers, else as
strings; | and & choose between their operands.

  $ expr 3 '<' 10
  1
  $ expr 3 '<' 10a
  0
  $ expr abc = abc
  1
  $ expr 05 = 5
  1
  $ expr a '!=' a
  0
  $ expr 2 '>=' 2
  1
  $ expr 1 + 1 = 2
  1
  $ expr 0 '|' second
  second
  $ expr first '|' second
  first
  $ expr a '&' 0
  0
  $ expr a '&' b
  a
  $ expr x '|' y '&' 0
  x
