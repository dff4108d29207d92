/ the symbol table: order of first appearance, types
 t
t: 1
.globl g, h
g: 2
.data
d: 3
.bss
b: .=.+2
.text
a = 5
r = r3
k = mov
 u
.globl e
 e
.comm c, 10
.globl a
h = 7
.if 0
 inif
iflab: 1
.endif
