/ __idiv(a, b), __irem(a, b): signed 16-bit division when the code generator
/ has no even/odd register pair free for an inline DIV.  DIV truncates
/ toward zero, as C wants.
.globl	__idiv, __irem
__idiv:
	mov	2(sp),r1
	sxt	r0
	div	4(sp),r0
	rts	pc

__irem:
	mov	2(sp),r1
	sxt	r0
	div	4(sp),r0
	mov	r1,r0
	rts	pc
