 mark x
x = 100
 undef
