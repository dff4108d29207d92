 mov x,r0
x = r1
y: 0
 y
