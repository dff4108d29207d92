login asks again for a name it does not know.

  $ cp /dev/null /etc/motd
  $ login nobody
  > ken
  Login incorrect.
  Name: \x00 (no-eol) (re)
  $ pwd
  /usr/ken
  $ login
  > bin
  Name: \x00 (no-eol) (re)
  $ pwd
  /bin
