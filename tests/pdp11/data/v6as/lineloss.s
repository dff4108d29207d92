foo: 1


foo: 2
 3; foo: 4
 5 )
 6; 7 ) ; 8
 9 ]
 10; 11
 / comment )
 12 )
