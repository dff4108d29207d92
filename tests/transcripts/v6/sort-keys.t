sort on the whole line, on fields, numerically and in reverse; the file is
made with cat from the terminal.

  $ cat > /tmp/t
  > ann 30 red
  > bob 7 blue
  > cid 120 red
  > Dee 7 green
  > eve 45 blue
  > ^D
  $ sort /tmp/t
  ann 30 red
  bob 7 blue
  cid 120 red
  Dee 7 green
  eve 45 blue
  $ sort -a /tmp/t
  Dee 7 green
  ann 30 red
  bob 7 blue
  cid 120 red
  eve 45 blue
  $ sort -n +1 /tmp/t
  Dee 7 green
  bob 7 blue
  ann 30 red
  eve 45 blue
  cid 120 red
  $ sort +2 -3 +1nr /tmp/t
  eve 45 blue
  bob 7 blue
  Dee 7 green
  cid 120 red
  ann 30 red
  $ sort -r /tmp/t
  eve 45 blue
  Dee 7 green
  cid 120 red
  bob 7 blue
  ann 30 red
