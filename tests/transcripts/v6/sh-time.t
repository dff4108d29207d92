time runs a command and then says, after an empty line, the real, user
and system times in seconds and tenths.

  $ time sleep 2
  
  real        [23]\.0 (re)
  user +\d+\.\d (re)
  sys +\d+\.\d (re)
  $ time echo hello
  hello
  
  real +\d+\.0 (re)
  user +\d+\.\d (re)
  sys +\d+\.\d (re)
