 bne x
.globl x
