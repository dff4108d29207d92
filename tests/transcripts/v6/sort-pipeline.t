sort in pipelines: sort | uniq -c | sort -nr counts words by frequency.

  $ cat > /tmp/w
  > pear
  > fig
  > apple
  > fig
  > pear
  > fig
  > ^D
  $ sort /tmp/w | uniq -c | sort -nr
     3 fig
     2 pear
     1 apple
  $ cat > /tmp/pw
  > root::0:3::/:
  > daemon::1:1::/:
  > bin::3:3::/bin:
  > ken::6:1::/usr/ken:
  > ^D
  $ sort -t: +2n -3 /tmp/pw | tr -d ':' | sort -r
  root03/
  ken61/usr/ken
  daemon11/
  bin33/bin
  $ sort /tmp/w /tmp/w | uniq | wc
        3       3 
