/ .globl
.globl a,b,c
a: 1
c = 5
 b
 .globl d
d = 7
.globl
.globl e,
e: 1
f: .globl f
.globl f
.globl g
g = r1
.globl h
h = mov
.globl i
.data
i:
.bss
j:
.globl j
