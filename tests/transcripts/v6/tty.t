tty names the terminal that is the standard input.

  $ tty
  tty8
  $ tty </dev/tty8
  tty8
