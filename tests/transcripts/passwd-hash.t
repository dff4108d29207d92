passwd stores crypt's 13 characters (the salt, then eleven of hash), and an
empty password takes the password away again.

  $ passwd ken sesame
  $ cat /etc/passwd
  root::0:3::/:
  daemon::1:1::/:
  bin::3:3::/bin:
  ken:[./0-9A-Za-z]{13}:6:1::/usr/ken: (re)
  dmr::7:1::/usr/dmr:
  $ passwd ken ""
  $ cat /etc/passwd
  root::0:3::/:
  daemon::1:1::/:
  bin::3:3::/bin:
  ken::6:1::/usr/ken:
  dmr::7:1::/usr/dmr:
