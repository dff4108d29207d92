/ mul, div, ash, ashc and their old names
 ash $-3,r0
 ashc $8.,r2
 als r1,r0
 mul $3,r0
 dvd x,r2
 mpy (r1),r5
x: 3
