/ refers to a name nobody defines
.globl	_nosuch
	jsr	pc,_nosuch
