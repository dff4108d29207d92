/ pipe(fd): make a pipe; fd[0] reads it, fd[1] writes it.  0, or -1.
pipe = 42.
.globl	_pipe, cerror
_pipe:
	sys	pipe
	bcc	8f
	jmp	cerror
8:
	mov	r0,*2(sp)
	mov	2(sp),r0
	mov	r1,2(r0)
	clr	r0
	rts	pc
