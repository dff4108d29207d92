/ __lmul(a, b): the low 32 bits of a 32 by 32 bit product.
/ a = ah:al, b = bh:bl; a*b mod 2^32 = al*bl + ((ah*bl + al*bh) << 16).
/ MUL is signed: al*bl as unsigned numbers is the signed product plus
/ bl << 16 if al is negative, plus al << 16 if bl is negative.
.globl	__lmul, csv, cret
__lmul:
	jsr	r5,csv
	mov	6(r5),r2	/ al
	mul	12(r5),r2	/ r2:r3 = al*bl, signed
	tst	6(r5)
	bpl	1f
	add	12(r5),r2
1:
	tst	12(r5)
	bpl	2f
	add	6(r5),r2
2:
	mov	4(r5),r1	/ ah
	mul	12(r5),r1	/ low word of ah*bl
	add	r1,r2
	mov	10(r5),r1	/ bh
	mul	6(r5),r1	/ low word of bh*al
	add	r1,r2
	mov	r2,r0
	mov	r3,r1
	jmp	cret
