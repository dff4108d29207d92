Scripts: sh FILE ARGS runs FILE's commands with $0 the file and $1-$9 the
arguments; shift moves them down; the script is its commands' standard
input.

  $ echo 'echo $0 $1 $2 $3' > s
  $ echo shift >> s
  $ echo 'echo $0 $1 $2 $3' >> s
  $ sh s one two three
  s one two three
  s two three
  $ sh s a b c d e f g h i j k
  s a b c
  s b c d
  $ echo 'echo $1x "$1"' > t
  $ sh t A
  Ax $1
  $ echo cat > c
  $ echo the rest >> c
  $ echo is read by cat >> c
  $ sh c
  the rest
  is read by cat
  $ echo nosuch > n
  $ echo echo not reached >> n
  $ sh n
  nosuch: not found
  $ sh nofile
  nofile: cannot open
  $ sh -c 'echo from -c; echo $0'
  from -c
  -c
