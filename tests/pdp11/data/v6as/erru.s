/ every use of an undefined symbol
 mov x,x
 x+y
 x; x
 x+x
 mov z,w
.globl w
p = q+1
 p
 .byte q
.comm cc, qq
