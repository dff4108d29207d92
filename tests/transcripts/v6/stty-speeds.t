stty's speeds: the number of bauds names the DH11's code for it.

  $ stty 9600; stty; stty 110
  speed 9600 baud
  erase = '#'; kill = '@'
  even odd -nl echo -tabs cr1 
  $ stty 134; stty; stty 1200; stty; stty 50; stty; stty 110
  speed 134 baud
  erase = '#'; kill = '@'
  even odd -nl echo -tabs cr1 
  speed 1200 baud
  erase = '#'; kill = '@'
  even odd -nl echo -tabs cr1 
  speed 50 baud
  erase = '#'; kill = '@'
  even odd -nl echo -tabs cr1 
