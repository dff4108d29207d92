 rts 7
