who FILE reads another file of utmp entries and shows every one of them,
the empty ones too (their time, 0, comes out as nonsense on V6 and here):
here a copy of /etc/utmp, where init left eight empty slots before root's.

  $ cp /etc/utmp /tmp/u
  $ who /tmp/u
          tty Jan  1 ..:00 (re)
          tty Jan  1 ..:00 (re)
          tty Jan  1 ..:00 (re)
          tty Jan  1 ..:00 (re)
          tty Jan  1 ..:00 (re)
          tty Jan  1 ..:00 (re)
          tty Jan  1 ..:00 (re)
          tty Jan  1 ..:00 (re)
  root    tty8 Aug 14 22:0\d (re)
  $ who am I
  root    tty8 Aug 14 22:0\d (re)
