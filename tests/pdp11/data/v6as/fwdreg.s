/ an operand that becomes a register only after pass one keeps its word
 mov x,r0
x = r1
 clr y
y = r2
 mov $x,r0
 mov *x,r0
 mov x(r0),r1
 jmp x
 mov (r0)+,z
z = sp
