cp, mv and ln: copies, renames, links, and what each says when it cannot.

  $ chdir /tmp
  $ echo data > a
  $ cp a b
  $ cp a a
  Copying file to itself.
  $ cp nosuch c
  Cannot open old file.
  $ cp a /nosuch/c
  Can't create new file.
  $ cp
  Usage: cp oldfile newfile
  $ mkdir d
  $ cp a d
  $ cat d/a
  data
  $ mv b c
  $ mv c d
  $ ls d
  a
  c
  $ mv nosuch x
  Source file non-existent
  $ mv a a
  Files are identical.
  $ mv d /usr/d
  Directory rename only
  $ mv d e
  $ ls e
  a
  c
  $ ln a l
  $ ls -l a l
  -rw-rw-rw-  2 root        5 .* a (re)
  -rw-rw-rw-  2 root        5 .* l (re)
  $ ln a l
  Can't link
  $ ln
  Usage: ln target [ newname ]
  $ rm a l e/a e/c
  $ rmdir e
  $ ls
