/ calls f and g of other objects, reads their data, uses a common and _end
.globl	_f, _g, _x, _tab, _buf, _end
start:
	jsr	pc,_f
	jsr	pc,*_tab
	mov	_x,r0
	add	_buf,r0
	mov	$_end,r1
	mov	_g+2,r2
	sys	exit
.data
here:	start; _x; _buf+4
.bss
big:	.=.+10
.comm	_buf,6
