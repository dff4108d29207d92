.globl x
x: 1
 y
