a: 1
.globl b
 jsr pc,b
