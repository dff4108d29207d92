 jsr x,r0
x:
