if EXPR COMMAND: -r and -w test files, = and != compare strings, ! -a -o
combine them, \( \) group; the command runs when the expression holds.

  $ if a = a echo same
  same
  $ if a = b echo same
  $ if a != b echo differ
  differ
  $ if -r /etc/passwd echo readable
  readable
  $ if -r /nosuch echo readable
  $ if ! -r /nosuch echo not there
  not there
  $ if -w /etc/passwd -a x = x echo both
  both
  $ if -w /nosuch -o x = x echo either
  either
  $ if ! \( a = a -o b = c \) echo no
  $ if \( a = b \) -o ! a = b echo grouped
  grouped
  $ if a
  if error
  $ if -x a echo y
  if error
  $ if a = a
  $ if x = x if y = y echo nested
  nested
