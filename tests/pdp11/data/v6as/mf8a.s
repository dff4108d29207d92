.if 0
 1
