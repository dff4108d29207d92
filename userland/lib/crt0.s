/ crt0: where every C program starts (the a.out entry point, address 0).
/ exec left sp pointing at argc, with argv's pointers above it:
/ call main(argc, argv), then exit with what it returns.
.globl	_main, _exit
start:
	mov	sp,r0
	tst	(r0)+		/ r0 = argv
	mov	r0,-(sp)	/ argv
	mov	2(sp),-(sp)	/ argc
	jsr	pc,_main
	mov	r0,(sp)
	jsr	pc,_exit
	sys	exit		/ exit returned: leave with its status in r0 all the same
