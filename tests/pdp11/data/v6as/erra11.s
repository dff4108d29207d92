 0
x: rts x
