/ .comm
.comm x,10
.comm y,4
 mov x,r0
.globl z
 z
.comm w,y+2
.comm v,u
u=7
.comm t,10
t: 1
s: 1
.comm s,10
.comm q,10
.comm q,20
.globl p
.comm p,6
