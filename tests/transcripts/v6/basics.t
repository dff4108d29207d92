The shell and a few commands, as V6 itself answers (FACTS.md): this
transcript passes on the genuine pack and on our default image.

  $ echo hello world
  hello world
  $ echo
  $ echo a   b    c
  a b c
  $ nosuch
  nosuch: not found
  $ echo a > b > c
  syntax error
  $ echo one two | wc
        1       2 
  $ ls /nosuch
  /nosuch not found

An interrupt kills the foreground command, not the shell, which prints an
empty line; cat copies the terminal until EOT.

  $ sleep 100
  > ^?
  
  $ cat
  > hello there
  > ^D
  hello there
