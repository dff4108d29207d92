A large file: more than 8 blocks, so its i-node holds indirect blocks (ls -s counts
them; du one more from 8 blocks on).  A line of 51 bytes, doubled and copied: 156,672
bytes, exactly 306 blocks: two indirect blocks, the second reached past block 256.

  $ chdir /tmp
  $ echo aaaaaaaaa bbbbbbbbb ccccccccc ddddddddd eeeeeeeeee > a
  $ cat a a a a a a a a > b
  $ cat b b b b b b b b > c
  $ cat c c c c c c c c > d
  $ cat d d d d d d > huge
  $ ls -l d huge
  -rw-rw-rw-  1 root    26112 .* d (re)
  -rw-rw-rw-  1 root   156672 .* huge (re)
  $ ls -s huge
   308 huge
  $ du -a huge
  308     huge
  $ wc huge
     3072   15360 huge
  $ cp huge copy
  $ cmp huge copy
  $ echo x >> copy
  $ cmp huge copy
  EOF on huge
  $ sum huge
  .* 306 (re)
  $ od -c huge 461740
  0461740     c  c  c  c  c  c  c  c  c     d  d  d  d  d
  0461760  d  d  d  d     e  e  e  e  e  e  e  e  e  e \n
  0462000 
  $ rm a b c d huge copy
