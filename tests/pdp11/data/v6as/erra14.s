 jsr x,y
x = r5
y:
