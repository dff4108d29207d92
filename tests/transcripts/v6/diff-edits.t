diff of a file against an edited copy: lines changed, deleted and added.

  $ cat > /tmp/a
  > the quick brown fox
  > jumps over the lazy dog
  > Peter Piper picked a peck
  > of pickled peppers
  > the end
  > ^D
  $ cat > /tmp/b
  > the quick brown fox
  > jumps over the lazy cat
  > Peter Piper picked a peck
  > the end
  > and one more line
  > ^D
  $ diff /tmp/a /tmp/b
  2c2
  * jumps over the lazy dog
  ---
  . jumps over the lazy cat
  4d3
  * of pickled peppers
  5a5
  . and one more line
  $ diff /tmp/a /tmp/a
  $ diff /tmp/b /tmp/a | wc
        8      25 
  $ sort /tmp/a > /tmp/c
  $ diff /tmp/a /tmp/c
  1d0
  * the quick brown fox
  3d1
  * Peter Piper picked a peck
  4a3
  . Peter Piper picked a peck
  5a5
  . the quick brown fox
