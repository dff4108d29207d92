The delays after a newline, a tab, a carriage return and a form feed; the
report names those that are not 0.

  $ stty nl1 tab3 cr2 ff1; stty; stty nl2 tab2 cr3 ff0; stty; stty nl0 tab0 cr1
  speed 110 baud
  erase = '#'; kill = '@'
  even odd -nl echo -tabs nl1 tab3 cr2 ff1 
  speed 110 baud
  erase = '#'; kill = '@'
  even odd -nl echo -tabs nl2 tab2 cr3 
  $ stty -odd -even; stty; stty even odd
  speed 110 baud
  erase = '#'; kill = '@'
  -nl echo -tabs cr1 
