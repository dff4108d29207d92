/ names: letters, digits, _ . ~; a ~ makes a new symbol each time
a=1
_x.~y = 7
~abc = 5
~abc: 6
abc
 _x.~y; a
