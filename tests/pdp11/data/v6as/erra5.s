 jsr 7,x
x:
