/ movei, movfi, movfo: instructions, but not values (x = movfi is an error r)
 movei fr1,r0
 movfi fr2,-(sp)
 movfo fr3,*$x
 movfi r0,fr1
 movfo fr2,x
x: 0
y = movfi
