user: ken

su gives a super-user shell; root has no password yet.

  $ su
  > tty
  > ^D
  # tty8
  #  (no-eol)
