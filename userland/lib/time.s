/ long time(tp): the time in seconds since 1970, also stored at tp if not 0.
/ stime(tp): set the time from the long at tp (super-user only).
.globl	_time, _stime, cerror
_time:
	sys	time
	tst	2(sp)
	beq	1f
	mov	r0,*2(sp)
	mov	r1,-(sp)
	mov	4(sp),r1
	mov	(sp)+,2(r1)
	mov	2(r1),r1
1:
	rts	pc

_stime:
	mov	2(sp),r1
	mov	(r1)+,r0
	mov	(r1),r1
	sys	stime
	bcc	8f
	jmp	cerror
8:
	clr	r0
	rts	pc
