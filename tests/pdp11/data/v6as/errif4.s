.if 0
 .if 0
 .endif
