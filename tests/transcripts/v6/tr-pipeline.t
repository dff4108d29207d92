A pipeline of four stages: words one a line, lower case, sorted, counted.

  $ echo The cat and THE dog and the bird | tr ' ' '\012' | tr '[A-Z]' '[a-z]' | sort | uniq -c
     2 and
     1 bird
     1 cat
     1 dog
     3 the
  $ cat > /tmp/pw
  > root::0:3::/:
  > daemon::1:1::/:
  > bin::3:3::/bin:
  > ken::6:1::/usr/ken:
  > ^D
  $ cat /tmp/pw | tr -d '[0-9]' | tr -s ':' | sort
  bin:/bin:
  daemon:/:
  ken:/usr/ken:
  root:/:
