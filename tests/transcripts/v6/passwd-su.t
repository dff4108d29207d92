Once root has a password, login and su ask for it (not echoed), and refuse
without it.

  $ cp /dev/null /etc/motd
  $ passwd root sesame
  $ login ken
  $ su
  > guess
  password: 
  sorry
  $ su
  > sesame
  > tty
  > ^D
  password: 
  # tty8
  #  (no-eol)
  $ login root
  > wrong
  > ken
  Password: 
  Login incorrect.
  Name: \x00 (no-eol) (re)
  $ login root
  > sesame
  Password: 
