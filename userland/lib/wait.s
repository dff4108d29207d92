/ wait(&status): wait for a child to end; its id, and its status through the
/ pointer (if not 0): exit code << 8 | signal number (0200 if it dumped core).
.globl	_wait, cerror
_wait:
	sys	wait
	bcc	8f
	jmp	cerror
8:
	tst	2(sp)
	beq	1f
	mov	r1,*2(sp)
1:
	rts	pc
