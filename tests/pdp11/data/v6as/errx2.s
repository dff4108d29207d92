 mul r0,x
x:
