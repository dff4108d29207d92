/ signal(sig, func): what to do on signal sig: 0 (SIG_DFL) the default,
/ 1 (SIG_IGN) ignore it, otherwise call the C function func(sig).
/ Returns the previous setting, or -1.
/
/ The kernel enters a handler with the interrupted pc and ps pushed and
/ every register as it was.  So the kernel is given, for each signal, an
/ entry here: `jsr r0,sigcall', which saves r0 and tells sigcall which
/ entry it was.  sigcall saves r1 (a C function keeps r2-r5 itself), calls
/ the C function from the table with the signal number, restores r1 and
/ r0 and returns to the interrupted code with rti.
indir = 0
NSIG = 20.
EINVAL = 22.
rti = 2		/ V6's as did not know rti: its library sources defined it
.globl	_signal, cerror
_signal:
	mov	2(sp),r0
	dec	r0
	cmp	r0,$NSIG-1
	jhis	2f		/ sig 0 or >= NSIG
	asl	r0		/ 2(sig-1): the table index
	mov	sigfunc(r0),sigold
	mov	4(sp),r1
	mov	r1,9f+4
	cmp	r1,$1
	blos	1f		/ SIG_DFL, SIG_IGN: as they are
	mov	r1,sigfunc(r0)
	asl	r0		/ 4(sig-1): the entry
	add	$sigent,r0
	mov	r0,9f+4
1:
	mov	2(sp),9f+2
	sys	indir; 9f
	bcc	8f
	jmp	cerror
8:
	cmp	r0,$sigent	/ one of our entries: give back the C function
	blo	3f
	cmp	r0,$sigend
	bhis	3f
	mov	sigold,r0
3:
	rts	pc
2:
	mov	$EINVAL,r0
	jmp	cerror

sigent:
	jsr	r0,sigcall	/ 1
	jsr	r0,sigcall	/ 2
	jsr	r0,sigcall	/ 3
	jsr	r0,sigcall	/ 4
	jsr	r0,sigcall	/ 5
	jsr	r0,sigcall	/ 6
	jsr	r0,sigcall	/ 7
	jsr	r0,sigcall	/ 8
	jsr	r0,sigcall	/ 9
	jsr	r0,sigcall	/ 10
	jsr	r0,sigcall	/ 11
	jsr	r0,sigcall	/ 12
	jsr	r0,sigcall	/ 13
	jsr	r0,sigcall	/ 14
	jsr	r0,sigcall	/ 15
	jsr	r0,sigcall	/ 16
	jsr	r0,sigcall	/ 17
	jsr	r0,sigcall	/ 18
	jsr	r0,sigcall	/ 19
sigend:

/ From the entry of signal n: the interrupted r0 pushed, r0 = sigent + 4n.
sigcall:
	mov	r1,-(sp)
	sub	$sigent,r0
	asr	r0		/ 2n
	mov	sigfunc-2(r0),r1
	asr	r0		/ n
	mov	r0,-(sp)
	jsr	pc,(r1)
	tst	(sp)+
	mov	(sp)+,r1
	mov	(sp)+,r0
	rti

.data
9:	sys	signal; 0; 0
.bss
sigold:	.=.+2
sigfunc: .=.+[2*NSIG]
