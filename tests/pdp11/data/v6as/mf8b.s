 2
.endif
 3
