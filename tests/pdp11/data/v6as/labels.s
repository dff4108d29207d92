/ labels, several per line, with a statement after
x: y: z: 3
a: 1; b: 2
c:
d:  mov r0,r1
 x; y; z; a; b; c; d
t09: t10 = 3
 t09; t10
