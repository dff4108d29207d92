/ V6 kernel style: instructions the assembler did not know are made by
/ assignment, with ^ giving them the syntax of an existing one.
/
/ text: 0 _idle: mov PS,-(sp): 016746, word at 2: 177776 - 4 = 177772
/       4 bic $340,PS: 042767 000340, word at 010: 177776 - 012 = 177764
/     012 wait (now 1): 000001
/     014 mov (sp)+,PS: 012667, word at 016: 177776 - 020 = 177756
/     020 rts pc 000207
/     022 _fuword: mov 2(sp),r1 016601 000002
/     026 mfpi (r1): 006500 | 11 = 006511
/     030 mov (sp)+,r0 012600;  032 rts pc 000207
/ relocation: the PS words are pc-relative references to an absolute
/ location (01)
/ symbols: mfpi is not one of the manual's instructions, so the program's
/ definition makes it a user symbol (single-operand keyword type 015, value
/ 06500), as in V6; wait is the manual's system call, redefined, not listed
/
/ expect text: 016746 177772 042767 000340 177764 000001 012667 177756
/ expect text: 000207 016601 000002 006511 012600 000207
/ expect data:
/ expect bss: 0
/ expect symbols: mfpi 015 006500; PS 01 177776; _idle 042 000000; _fuword 042 000022
/ expect relocation: 0 1 0 0 1 0 0 1 0 0 0 0 0 0

mfpi = 6500^tst
wait = 1
PS = 177776

.globl	_idle, _fuword
_idle:
	mov	PS,-(sp)
	bic	$340,PS
	wait
	mov	(sp)+,PS
	rts	pc

_fuword:
	mov	2(sp),r1
	mfpi	(r1)
	mov	(sp)+,r0
	rts	pc
