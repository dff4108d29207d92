User: ken

Without a, ps shows the user's own processes: ken's shell, a background
sleep and ps itself (getuid gives the effective uid in its high byte, so
ps compares its low byte, the real uid).

  $ sleep 30 &
  \d+ (re)
  $ ps
    PID TTY TIME CMD
   +\d+ 8 +\d+:\d\d - (re)
   +\d+ 8 +\d+:\d\d sleep (re)
   +\d+ 8 +\d+:\d\d ps (re)
