 addf fr0,x
x = fr1
