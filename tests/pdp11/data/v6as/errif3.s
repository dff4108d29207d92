.if zz
.endif
 1
zz = 1
