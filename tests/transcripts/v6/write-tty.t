write USER TTYNO picks the terminal (the last character of its name) of a
user who may be logged in on several.

  $ write root 8
  > one line
  > ^D
  
  \x07\x07\x07Message from root... (re)
  one line
  EOT
  $ write root 3
  root 3 not logged in.
