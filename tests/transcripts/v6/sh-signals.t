An interrupt (DEL) kills the command in the foreground and not the shell,
which shows an empty line; quit (FS) kills it with a core image; a command
in the background is not touched by either.

  $ sleep 100
  > ^?
  
  $ echo still here
  still here
  $ sleep 100
  > ^\
  Quit -- Core dumped
  $ ls core
  core
  $ sleep 2 &
  \d+ (re)
  $ sleep 100
  > ^?
  
  $ wait
  $ echo done
  done
