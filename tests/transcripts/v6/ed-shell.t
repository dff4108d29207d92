! runs the rest of the line as a command and prints ! when it is done;
the buffer is left as it was.

  $ echo hello > /tmp/f
  $ ed /tmp/f
  > !echo from the shell
  > p
  > !ls /tmp/f
  > q
  6
  from the shell
  !
  hello
  /tmp/f
  !
