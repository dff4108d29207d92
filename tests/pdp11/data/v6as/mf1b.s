b: 2
.globl b, a
 a
