stty alone reports the console's modes (getty set them) on the diagnostic
output; options change them, a report afterwards shows what changed.

  $ stty
  speed 110 baud
  erase = '#'; kill = '@'
  even odd -nl echo -tabs cr1 
  $ stty 300 -even tab1 nl2 ff1; stty; stty 110 even tab0 nl0 ff0
  speed 300 baud
  erase = '#'; kill = '@'
  odd -nl echo -tabs nl2 tab1 cr1 ff1 
  $ stty cr0 tabs; stty; stty cr1 -tabs
  speed 110 baud
  erase = '#'; kill = '@'
  even odd -nl echo 
  $ stty
  speed 110 baud
  erase = '#'; kill = '@'
  even odd -nl echo -tabs cr1 
