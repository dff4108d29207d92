.globl 1
