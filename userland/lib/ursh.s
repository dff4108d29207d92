/ __ursh(a, n): a >> n for unsigned a and a count known only at run time.
/ ASHC shifts a 32-bit pair arithmetically; with 0 above a, that is a
/ logical shift of a.
.globl	__ursh
__ursh:
	mov	2(sp),r1
	clr	r0
	mov	4(sp),-(sp)
	neg	(sp)
	ashc	(sp)+,r0
	mov	r1,r0
	rts	pc
