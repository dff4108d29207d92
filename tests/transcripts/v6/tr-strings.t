tr with ranges in brackets, deletion, squeezing and complements.

  $ echo Hello, World 123 | tr '[a-z]' '[A-Z]'
  HELLO, WORLD 123
  $ echo Hello, World | tr a-z A-Z
  Hello, World
  $ echo the quick brown fox | tr -d aeiou
  th qck brwn fx
  $ echo aabbccdd | tr -s '[a-c]' '[x*]'
  xdd
  $ echo one two  three | tr -cs '[a-z]' '[\012*]'
  one
  two
  three
  $ echo hello | tr '[l*3]' qrs
  hesso
  $ echo abc | tr '[z-a]' q
  Bad string
