 rts 10
 rts 10
