/ __udiv(a, b), __urem(a, b): unsigned 16-bit division.
/ DIV is signed (32 by 16 bits, a 16-bit signed quotient), so:
/ a divisor of 0100000 or more goes at most once; otherwise divide a/2
/ (which cannot overflow), double quotient and remainder, put back a's
/ low bit, and correct by one.
.globl	__udiv, __urem
__udiv:
	jsr	pc,udivr
	rts	pc

__urem:
	jsr	pc,udivr
	mov	r1,r0
	rts	pc

/ a at 4(sp), b at 6(sp) (above our return address): r0 = a/b, r1 = a%b
udivr:
	mov	4(sp),r1
	clr	r0
	tst	6(sp)
	bmi	2f
	clc
	ror	r1		/ a/2, high word 0
	div	6(sp),r0
	asl	r0
	asl	r1
	bit	$1,4(sp)
	beq	1f
	inc	r1
1:
	cmp	r1,6(sp)
	blo	3f
	inc	r0
	sub	6(sp),r1
	rts	pc
2:
	cmp	r1,6(sp)
	blo	3f
	inc	r0
	sub	6(sp),r1
3:
	rts	pc
