date prints the time the clock started from (the pack's own); root sets it.

  $ date
  Thu Aug 14 22:0\d:\d\d EDT 1975 (re)
  $ date 0101120076
  Thu Jan  1 12:00:00 EST 1976
  $ date 1301000075
  bad conversion
  $ date 0704120075 | tr '[A-Z]' '[a-z]'
  fri jul  4 12:00:00 edt 1975
