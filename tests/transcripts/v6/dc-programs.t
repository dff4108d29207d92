dc: registers and register stacks, strings run with x, a loop made of a
comparison, q out of strings, errors, ? and ! (a command for the shell).

  $ dc
  > 3sa 4sb la lb*p
  > 1Sa 2Sa LaLa+p
  > c [la1+dsa5>b]sb 0sa lbx lap
  > [[1p q]x 2p]x 4p
  > c [p 5p]x 6p
  > ?
  > 7 8*p
  > !echo hi
  > c f
  > ^D
  12
  3
  5
  1
  4
  ( p) ?
  6
  56
  hi
  !
  "a(0)"5
  "b(0)"la1+dsa5>b
