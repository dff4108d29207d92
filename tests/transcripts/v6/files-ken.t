user: ken
What ken may not do: write root's files or directories, remove from a directory he
cannot write (rm asks first about a file he may not
write, then cannot: /etc/rc is 664 on the pack, 644 on our image), change the mode or owner of root's file.

  $ echo x > /etc/kens
  /etc/kens: cannot create
  $ rm /etc/rc
  > y
  /etc/rc: 1006[46]4 mode /etc/rc: not removed (re)
  $ cp /etc/rc /etc/x
  Can't create new file.
  $ mkdir /etc/k
  /etc/k ?
  $ chmod 777 /etc/passwd
  /etc/passwd: Not super-user
  $ chown ken /etc/passwd
  /etc/passwd?
  $ ln /etc/rc /etc/x
  Can't link
  $ mv /etc/rc /etc/rc2
  Can't create new file.
  $ chdir /usr/ken
  $ mkdir d
  $ ls -l
  total 1
  drwxrwxrwx  2 ken        32 .* d (re)
  $ echo mine > d/f
  $ chmod 400 d/f
  $ cat d/f
  mine
  $ rm d/f
  > n
  d/f: 100400 mode  (no-eol)
  $ rm -f d/f
  $ rmdir d
  $ ls
