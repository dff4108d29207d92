login shows /etc/motd, then "You have mail." when the home directory holds
a .mail that is not empty.

  $ echo welcome to v6 >/etc/motd
  $ login ken
  welcome to v6
  $ login root
  welcome to v6
  $ echo a letter >/usr/ken/.mail
  $ cp /dev/null /etc/motd
  $ login ken
  You have mail.
  $ cp /dev/null .mail
  $ login ken
