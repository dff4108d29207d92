write copies lines to a logged-in user's terminal, after a header with
three bells, until the end of the input; here root writes to himself.

  $ write root
  > hello
  > ^D
  
  \x07\x07\x07Message from root... (re)
  hello
  EOT
  $ write ken
  ken not logged in.
  $ write
  Arg count

A line that starts with ! is a command, and a ! says it is done.

  $ write root
  > !tty
  > ^D
  
  \x07\x07\x07Message from root... (re)
  tty8
  !
  EOT
