.if
 2
