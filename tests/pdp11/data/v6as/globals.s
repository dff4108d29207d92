/ references to externals
.globl a, b
 jsr pc,a
 jsr pc,*b
 mov a+2,r0
 mov $b-4,r1
 a; b
