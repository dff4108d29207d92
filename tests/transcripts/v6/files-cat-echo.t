cat and echo with every redirection the shell has: > >> < and pipes.

  $ echo first line > f
  $ echo second line >> f
  $ cat f
  first line
  second line
  $ cat < f
  first line
  second line
  $ cat f - f < f
  first line
  second line
  first line
  second line
  first line
  second line
  $ cat nosuch f
  first line
  second line
  $ echo a b c | cat
  a b c
  $ cat f | cat - | cat > g
  $ cat g
  first line
  second line
  $ cat
  > typed at the terminal
  > ^D
  typed at the terminal
  $ echo
  $ rm f g
