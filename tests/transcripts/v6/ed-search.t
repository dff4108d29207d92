Searching: /re/ forward and ?re? backward from ".", round the end of the
buffer; an empty expression is the last one.  A class has no ranges:
[^a-z] is any character but a, - and z.

  $ echo apple > /tmp/f
  $ echo banana >> /tmp/f
  $ echo cherry >> /tmp/f
  $ echo date >> /tmp/f
  $ echo elderberry >> /tmp/f
  $ ed /tmp/f
  > /an/
  > //
  > ?rr?
  > ??
  > /^d/
  > /y$/
  > /e.*e/
  > /[pq]/
  > /[^a-z]/
  > /zz/
  > .=
  > q
  36
  banana
  banana
  elderberry
  cherry
  date
  elderberry
  elderberry
  apple
  banana
  ?
  2

Characters that mean something stand for themselves after a backslash.

  $ echo 'a.b*c' > /tmp/g
  $ echo 'abbbc' >> /tmp/g
  $ ed /tmp/g
  > /b*c/
  > /\*/
  > /b\.*c/
  > /ab*c/
  > /a\.b/
  > q
  12
  a.b*c
  a.b*c
  abbbc
  abbbc
  a.b*c
