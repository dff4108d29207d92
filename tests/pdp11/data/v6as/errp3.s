1: 0
 mov x,r0
x = r1
1: 0
 1b
