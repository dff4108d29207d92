 mul r0,x
x = r1
