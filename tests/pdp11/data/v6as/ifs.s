/ .if and .endif
.if 1
 1
.if 0
 2
.if 1
 3
.endif
 4
.endif
 5
.endif
 6
.if 0; 7; .endif; 8
.if 2-2 ; 9 ; .endif ; 10
.if 0
 1 / .endif
.endif
x = 3
.if x-3
 11
.endif
.if x
 12
.endif
y:
.if y
 13
.endif
.if 0
.endif 14
 15
.if 1
.if 0
 16
.endif
.endif
.endif
 17
.if 0
 z: 1
 mov r0,
)( garbage
.endif
