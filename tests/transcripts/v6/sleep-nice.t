sleep passes time; nice runs a command at a lower priority.

  $ date 0814220075
  Thu Aug 14 22:00:00 EDT 1975
  $ sleep 30
  $ date
  Thu Aug 14 22:00:[3-5]\d EDT 1975 (re)
  $ sleep
  arg count
  $ sleep 1x
  bad character
  $ nice echo at a lower priority
  at a lower priority
  $ cat > /tmp/pw
  > root::0:3::/:
  > daemon::1:1::/:
  > bin::3:3::/bin:
  > ken::6:1::/usr/ken:
  > ^D
  $ nice -10 sort /tmp/pw | nice uniq | wc
        4       4 
  $ nice
  usage: nice [ -n ] command
