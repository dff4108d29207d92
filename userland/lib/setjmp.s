/ setjmp(env): remember in env (3 words) where the call is, return 0.
/ longjmp(env, v): go back there, as if that setjmp returned v (1 if v is 0).
/
/ A C function keeps its frame pointer in r5 and its stack below it, so
/ env holds r5, sp as it is inside setjmp (pointing at the return address)
/ and that return address, which a call made since may have overwritten.
/ The function that called setjmp must still be active when longjmp is
/ called; its register variables (r2-r4) are not restored -- values it
/ needs after coming back should not be kept in registers.
.globl	_setjmp, _longjmp
_setjmp:
	mov	2(sp),r0
	mov	r5,(r0)+
	mov	sp,(r0)+
	mov	(sp),(r0)
	clr	r0
	rts	pc

_longjmp:
	mov	2(sp),r1
	mov	4(sp),r0
	bne	1f
	inc	r0
1:
	mov	(r1)+,r5
	mov	(r1)+,sp
	mov	(r1),(sp)
	rts	pc
