/ sbrk(incr): move the break by incr bytes; return the old break (or -1).
/ brk(addr): set the break to addr; return 0 (or -1).
/ The break starts at _end, the end of the program's bss.
indir = 0
.globl	_sbrk, _brk, _end, cerror
_sbrk:
	mov	brkcur,r0
	add	2(sp),r0
	mov	r0,9f+2
	sys	indir; 9f
	bcc	8f
	jmp	cerror
8:
	mov	brkcur,r0
	add	2(sp),brkcur
	rts	pc
.data
9:	sys	break; 0
.text

_brk:
	mov	2(sp),9f+2
	sys	indir; 9f
	bcc	8f
	jmp	cerror
8:
	mov	2(sp),brkcur
	clr	r0
	rts	pc
.data
9:	sys	break; 0
brkcur:	_end
