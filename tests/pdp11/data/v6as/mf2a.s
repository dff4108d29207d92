.globl x
x: 1
.data
y: 2
