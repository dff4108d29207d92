/ cerror: the failure path of every system call stub.
/ The kernel set the carry bit and left the error number in r0:
/ keep it in errno and return -1 (-1L for calls that return a long).
.globl	cerror, _errno
cerror:
	mov	r0,_errno
	mov	$-1,r0
	mov	r0,r1
	rts	pc

.data
_errno:	0
