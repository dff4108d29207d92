cal for a month: this one, the one when Britain changed calendars, a leap February.

  $ cal 8 1975
        Aug 1975
   S  M Tu  W Th  F  S
                  1  2
   3  4  5  6  7  8  9
  10 11 12 13 14 15 16
  17 18 19 20 21 22 23
  24 25 26 27 28 29 30
  31
  $ cal 9 1752
        Sep 1752
   S  M Tu  W Th  F  S
         1  2 14 15 16
  17 18 19 20 21 22 23
  24 25 26 27 28 29 30
  
  
  
  $ cal 2 1976 | wc
        8      38 
  $ cal 13 1975
  Bad argument
  $ cal
  usage: cal [month] year
