/ fork(): 0 in the child, the child's process id in the parent, -1 on error.
/ The kernel resumes the child at the word after `sys fork' (r0 = the
/ parent's id) and the parent one word further on.
.globl	_fork, cerror
_fork:
	sys	fork
	br	1f
	bcc	8f
	jmp	cerror
8:
	rts	pc
1:
	clr	r0
	rts	pc
