 mov **x,r0
x:
