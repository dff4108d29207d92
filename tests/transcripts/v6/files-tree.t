A tree ten directories deep: made with mkdir, found by pwd at the bottom, measured by
du (the console shows its tabs as blanks), emptied by rm -r and taken down with rmdir, deepest first.

  $ chdir /tmp
  $ mkdir 1 1/2 1/2/3 1/2/3/4 1/2/3/4/5 1/2/3/4/5/6 1/2/3/4/5/6/7 1/2/3/4/5/6/7/8
  $ mkdir 1/2/3/4/5/6/7/8/9 1/2/3/4/5/6/7/8/9/10
  $ chdir 1/2/3/4/5/6/7/8/9/10
  $ pwd
  /tmp/1/2/3/4/5/6/7/8/9/10
  $ echo deep > file
  $ cat /tmp/1/2/3/4/5/6/7/8/9/10/file
  deep
  $ chdir /tmp
  $ du 1
  2       1/2/3/4/5/6/7/8/9/10
  3       1/2/3/4/5/6/7/8/9
  4       1/2/3/4/5/6/7/8
  5       1/2/3/4/5/6/7
  6       1/2/3/4/5/6
  7       1/2/3/4/5
  8       1/2/3/4
  9       1/2/3
  10      1/2
  11      1
  $ du -s 1
  11      1
  $ rmdir 1
  1 -- directory not empty
  $ rm -r 1
  $ ls 1/2/3/4/5/6/7/8/9/10
  $ rmdir 1/2/3/4/5/6/7/8/9/10 1/2/3/4/5/6/7/8/9 1/2/3/4/5/6/7/8 1/2/3/4/5/6/7
  $ rmdir 1/2/3/4/5/6 1/2/3/4/5 1/2/3/4 1/2/3 1/2 1
  $ ls
