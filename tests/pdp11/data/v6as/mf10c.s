c: 4
 abc
