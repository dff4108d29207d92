/ vfork(): 0 in the child, which runs on the parent's own core until it
/ calls exec or _exit; the child's pid in the parent (-1 on error), which
/ waits until then.  As with fork, the kernel resumes the child at the word
/ after `sys vfork' and the parent one word further on.
/
/ The return address is taken off the stack into r1 first: the child shares
/ the stack and will push over that word before the parent runs again.
vfork = 33.
.globl	_vfork, cerror
_vfork:
	mov	(sp)+,r1
	sys	vfork
	br	1f
	bcc	8f
	mov	r1,-(sp)
	jmp	cerror
8:
	jmp	(r1)
1:
	clr	r0
	jmp	(r1)
