/ assorted instructions from real programs
 jsr pc,*(r0)+
 jsr r5,x
x: rts r5
 clr -(sp)
 mov (sp)+,r0
 tst *-(r1)
 movb $-1,r0
 bisb $200,(r1)
 bic $!17,r0
 mov $"ab,r0
 mov $'a,r1
 cmpb (r0),$' 
 mov pc,r0
 mov sp,r1
 jmp (pc)
 jmp *$x
 mov $1,y
 mov z,r0
 mov $z,r0
 mov *$y,r0
.data
y: 0
.bss
z: .=.+2
