 rts x
x = r2
