/ _udivw(n, d, rem): n / d, and *rem = n % d, for an unsigned long n and
/ 0 < d < 0100000, with the machine's DIV a byte of n at a time: each step
/ divides (remainder << 8 | the next byte of n), which is less than d * 256,
/ so its quotient is a byte and DIV, signed, cannot overflow.  Four DIVs
/ instead of _udivl's 32 steps of shift and subtract.
/ n is shifted left a byte each step; the quotient's bytes come in at the
/ bottom of it, so after four steps n holds the quotient.
.globl	__udivw, csv, cret
__udivw:
	jsr	r5,csv
	mov	4(r5),r2	/ r2:r3 = n
	mov	6(r5),r3
	clr	r4		/ the remainder so far
	mov	$4,-(sp)
1:
	mov	r4,r1
	clr	r0
	ashc	$8,r0		/ r0:r1 = remainder << 8
	mov	r2,r4
	ash	$-8,r4
	bic	$177400,r4	/ the top byte of n
	bis	r4,r1
	div	10(r5),r0	/ r0 = a byte of the quotient, r1 = the remainder
	mov	r1,r4
	ashc	$8,r2
	bis	r0,r3
	dec	(sp)
	bne	1b
	mov	12(r5),r0
	clr	(r0)+
	mov	r4,(r0)
	mov	r2,r0
	mov	r3,r1
	jmp	cret
