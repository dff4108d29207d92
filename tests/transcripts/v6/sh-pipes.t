Pipes and redirections: | and V6's older ^, > to create, >> to append, < to read.

  $ echo one two three | wc
        1       3 
  $ echo a b ^ wc
        1       2 
  $ echo first > f
  $ echo second >> f
  $ cat f
  first
  second
  $ wc < f
        2       2 
  $ cat < f | wc
        2       2 
  $ echo x | cat | cat | cat
  x
  $ >f2 echo redirection first
  $ cat f2
  redirection first
  $ echo over > f
  $ cat f
  over
  $ echo more >>f
  $ cat f f2 | wc
        3       4 
