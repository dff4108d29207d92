uniq and its options: -u, -d, -c, fields skipped (-n) and characters (+n).

  $ cat > /tmp/u
  > a x
  > b x
  > c y
  > c y
  >  d y
  > q
  > q
  > ^D
  $ uniq /tmp/u
  a x
  b x
  c y
   d y
  q
  $ uniq -u /tmp/u
  a x
  b x
   d y
  $ uniq -d /tmp/u
  c y
  q
  $ uniq -c /tmp/u
     1 a x
     1 b x
     2 c y
     1  d y
     2 q
  $ uniq -c -1 /tmp/u
     2 a x
     3 c y
     2 q
  $ uniq +2 /tmp/u
  a x
  c y
   d y
  q
  $ uniq /tmp/u /tmp/v
  $ cat /tmp/u /tmp/v | sort | uniq -d | wc
        5       9 
