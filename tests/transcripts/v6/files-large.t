A large file: more than 8 blocks, so its i-node holds indirect blocks (ls -s and du
count them too, du one more from 8 blocks on).  yacc is 16964 bytes, 34 blocks; four copies make 135,712 bytes,
266 blocks: two indirect blocks, the second reached past block 256.

  $ chdir /tmp
  $ cat /usr/bin/yacc /usr/bin/yacc > big
  $ cat big big > bigger
  $ ls -l big bigger
  -rw-rw-rw-  1 root    33928 .* big (re)
  -rw-rw-rw-  1 root    67856 .* bigger (re)
  $ cat bigger bigger > huge
  $ ls -s huge
   268 huge
  $ du -a huge
  268     huge
  $ wc huge
     3120    8649 huge
  $ cp huge copy
  $ cmp huge copy
  $ sum huge
  .* 266 (re)
  $ od -c huge 411000
  0411000 .* (re)
  0411020 .* (re)
  0411040 
  $ rm big bigger huge copy
