/ defines f and x; a pc-relative reference to g; local labels of its own
.globl	_f, _g, _x
_f:
	mov	$7,_x
	jmp	_g
1:	br	1b
.data
_x:	1
y:	_f; 1b
.bss
.comm	_buf,12.
z:	.=.+4
