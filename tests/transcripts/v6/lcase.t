user: KEN

A login name typed in capitals only tells getty the terminal has no lower
case: LCASE stays on, output comes in capitals, and the name is ken's.

  $ pwd
  /USR/KEN
  $ who am i
  KEN     TTY8 AUG 14 22:0\d (re)
  $ stty -lcase; pwd
  /usr/ken
