Printing with addresses: a number, . and $, + and -, two addresses with a
comma, = for a line's number.  After a file is read "." is its last line;
RETURN alone prints the next line.

  $ echo one > /tmp/f
  $ echo two >> /tmp/f
  $ echo three >> /tmp/f
  $ echo four >> /tmp/f
  $ echo five >> /tmp/f
  $ ed /tmp/f
  > p
  > 1p
  > 
  > 
  > .=
  > $=
  > 2,4p
  > -p
  > +p
  > 1;+2p
  > $-1,$p
  > 1+1p
  > q
  24
  five
  one
  two
  three
  3
  5
  two
  three
  four
  three
  four
  one
  two
  three
  four
  five
  two

Past the last line, before the first, or backwards: ?.

  $ ed /tmp/f
  > 6p
  > 0p
  > 3,2p
  > $
  > 
  > 1p
  > q
  24
  ?
  ?
  ?
  five
  ?
  one
