A terminal whose owner said mesg n cannot be written to, even by root.

  $ mesg n
  was y
  $ write root
  Permission denied.
  $ mesg y
  was n
