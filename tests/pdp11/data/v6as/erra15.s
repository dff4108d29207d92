 rts x
 0
x:
 undef
