/ csv, cret: the prologue and epilogue of every C function.
/
/ A function starts with `jsr r5,csv': the jsr pushes the caller's r5 and
/ leaves in r5 the address to continue at.  csv points r5 at that saved r5
/ (the frame pointer), saves r4, r3, r2 below it, reserves a spare word
/ (the first argument of calls made from the function goes there) and
/ jumps back.  A function ends with `jmp cret', which restores r2-r4 from
/ the frame, drops everything below the frame pointer, pops the caller's
/ r5 and returns.  r0 and r1, the result, are left alone.
.globl	csv, cret
csv:
	mov	r5,r0		/ where to continue
	mov	sp,r5		/ frame pointer: the saved r5
	mov	r4,-(sp)
	mov	r3,-(sp)
	mov	r2,-(sp)
	tst	-(sp)		/ the spare word
	jmp	(r0)

cret:
	mov	-6(r5),r2
	mov	-4(r5),r3
	mov	-2(r5),r4
	mov	r5,sp
	mov	(sp)+,r5
	rts	pc
