/ C library -- write, in the style of V6's libc:
/	nwritten = write(file, buffer, count);
/ the call is made indirectly (sys 0) through a copy in the data segment,
/ whose argument words start as ".." (0).
/
/ text:  0 mov r5,-(sp) 010546;  2 mov sp,r5 010605;  4 mov 4(r5),r0 016500 000004
/      010 mov 6(r5),0f: 016567 000006, word at 014 -> 0f = 044 (data 042+2) - 016 = 026
/      016 mov 8.(r5),0f+2: 016567 000010, word at 022 -> 046 - 024 = 022
/      024 sys 0 104400; 026 9f = 042
/      030 bec 1f (036): (036-032)/2 = 2 -> 103002
/      032 jmp cerror: 000167, word at 034 -> 0 - 036 = 177742 (external)
/      036 mov (sp)+,r5 012605; 040 rts pc 000207;  text 042 bytes
/ data at 042: sys write 104404, 0: .. = 0, .. = 0
/ relocation: data pc-relative 05 at 014 and 022, data 04 at 026,
/   external symbol 1 pc-relative (1<<4 | 010 | 1 = 031) at 034
/
/ expect text: 010546 010605 016500 000004 016567 000006 000026
/ expect text: 016567 000010 000022 104400 000042 103002 000167 177742
/ expect text: 012605 000207
/ expect data: 104404 000000 000000
/ expect bss: 0
/ expect symbols: _write 042 000000; cerror 040 000000
/ expect relocation: 0 0 0 0 0 0 5 0 0 5 0 4 0 0 031 0 0
/ expect relocation: 0 0 0

.globl	_write, cerror

_write:
	mov	r5,-(sp)
	mov	sp,r5
	mov	4(r5),r0
	mov	6(r5),0f
	mov	8.(r5),0f+2
	sys	0; 9f
	bec	1f
	jmp	cerror
1:
	mov	(sp)+,r5
	rts	pc
.data
9:
	sys	write; 0:..; ..
