passwd name password: its refusals.

  $ cp /dev/null /etc/motd
  $ passwd
  Usage: passwd user password
  $ passwd ken
  Usage: passwd user password
  $ passwd nosuch secret
  User name not found in password file
  $ login ken
  $ passwd root secret
  Permission denied
