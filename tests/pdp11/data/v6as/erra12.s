 mark x
x:
