ed reads its commands from a pipe or a file as well as from the terminal;
there an error ends the script.

  $ echo one > /tmp/f
  $ echo two >> /tmp/f
  $ echo '1,$s/o/0/g' > /tmp/s
  $ echo '1,$p' >> /tmp/s
  $ echo w >> /tmp/s
  $ ed /tmp/f < /tmp/s
  8
  0ne
  tw0
  8
  $ echo '$p' | ed - /tmp/f
  tw0
  $ echo 'x' > /tmp/s
  $ echo '1p' >> /tmp/s
  $ ed /tmp/f < /tmp/s
  8
  ?

An interrupt stops what ed is doing with a ?, and ed waits for the next
command.

  $ ed /tmp/f
  > ^?
  > 1p
  > q
  8
  
  ?
  0ne
