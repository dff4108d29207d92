ps -l: the long listing of a background sleep (waiting), ps itself (running)
and the shell; nice shows in its column.  The shell is waiting for ps, or
still running when a model started ps before the shell came to its wait
(under xproc, ps outranks a shell that has used the CPU).

  $ sleep 100 &
  \d+ (re)
  $ nice -7 ps -l
   F S UID   PID  PPID CPU PRI NICE  SZ  WCHAN TTY TIME CMD
   1 [WR]   0 +\d+ +\d+ +\d+ +\d+    0 +\d+ +(\d+)? +8 +\d+:\d\d - (re)
   1 W   0 +\d+ +\d+ +\d+ +\d+    0 +\d+ +\d+   8 +\d+:\d\d sleep (re)
   1 R   0 +\d+ +\d+ +\d+ +\d+    7 +\d+          8 +\d+:\d\d ps (re)

ps a into a file, counted after it ends (in a pipeline, whether wc exists
yet when ps looks depends on when the scheduler switches, which differs
from model to model): the header, the shell, the sleep and ps.

  $ ps a > /tmp/a
  $ wc < /tmp/a
        4      16 
