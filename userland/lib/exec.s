/ execv(name, argv): run the program name with the argument vector argv
/ (ending in 0).  execl(name, arg0, arg1, ..., 0): the same with the
/ arguments in the call.  They return (-1) only on failure.
indir = 0
.globl	_execv, _execl, cerror
_execv:
	mov	2(sp),9f+2
	mov	4(sp),9f+4
	sys	indir; 9f
	jmp	cerror
.data
9:	sys	exec; 0; 0
.text

_execl:
	mov	2(sp),9f+2
	mov	sp,r0
	add	$4,r0
	mov	r0,9f+4
	sys	indir; 9f
	jmp	cerror
.data
9:	sys	exec; 0; 0
