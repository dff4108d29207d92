 rts x
.globl x
