.globl x
jbr x
