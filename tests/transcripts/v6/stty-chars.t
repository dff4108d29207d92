The erase and kill characters; an unknown mode is named and the rest done.

  $ stty erase x kill y; stty; stty ek
  speed 110 baud
  erase = 'x'; kill = 'y'
  even odd -nl echo -tabs cr1 
  $ stty hup bogus; stty; stty -hup
  unknown mode: bogus
  speed 110 baud
  erase = '#'; kill = '@'
  even odd -nl echo -tabs hup cr1 
  $ stty lcase; stty; stty -lcase
  SPEED 110 BAUD
  ERASE = '#'; KILL = '@'
  EVEN ODD -NL ECHO LCASE -TABS CR1 
  $ stty raw; stty; stty -raw
  speed 110 baud
  erase = '#'; kill = '@'
  even odd raw -nl echo -tabs cr1 
