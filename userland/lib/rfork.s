/ rfork(flags): Plan 9's rfork (flags in <unistd.h>).  With RFPROC: 0 in
/ the child, its pid in the parent; without, 0; -1 on error.  As with fork,
/ the kernel resumes a child at the word after `sys rfork' and the caller
/ one word further on.
rfork = 40.
.globl	_rfork, cerror
_rfork:
	mov	2(sp),r0
	sys	rfork
	br	1f
	bcc	8f
	jmp	cerror
8:
	rts	pc
1:
	clr	r0
	rts	pc
