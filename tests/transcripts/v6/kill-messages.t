kill's messages: a process that is not there, an argument that is not a number.

  $ kill 999
  999: not found
  $ kill -9 998 997
  998: not found
  997: not found
  $ kill x
  non-numeric arg
  $ kill
