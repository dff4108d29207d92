wall sends its standard input to every logged-in user's terminal, after a
header with three bells; here the only one is root's own.

  $ echo the system goes down at noon | /etc/wall
  \x07\x07\x07Broadcast Message ... (re)
  
  the system goes down at noon
