tty with no terminal says so, as its manual promised (V6's binary printed
"ttyx").  stty too (V6's printed a report of zeros).

  $ tty </dev/null
  not a tty
  $ stty >/dev/null
  stty: not a tty
