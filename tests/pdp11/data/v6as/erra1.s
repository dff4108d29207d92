 rts 10
