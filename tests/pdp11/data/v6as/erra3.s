x = 2
 rts x
