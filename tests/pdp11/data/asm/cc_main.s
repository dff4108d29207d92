/ What the 1975 C compiler makes of
/	main() { int i; i = 0; while (i < 10) i++; printf("%d\n", i); }
/
/ Pass one: jge L3 (at 020) is a forward jump: 6 bytes; jbr L2 (at 032) is
/ 020 bytes back: a branch.  L3 is at 034 in pass one.  In the branch pass
/ jge L3 is 034 - 020 = 014 ahead: a branch, and L3 comes to 030.
/
/ text:   0 jsr r5,csv: 004567, word at 2: 0 - 4 = 177774
/         4 tst -(sp) 005746;  6 clr -10(r5) 005065 177770
/       012 L2: cmp -10(r5),$12 026527 177770 000012
/       020 jge L3 (030): (030-022)/2 = 3 -> 002003
/       022 inc -10(r5) 005265 177770
/       026 jbr L2 (012): (012-030)/2 = -7 -> 000771
/       030 L3: mov -10(r5),(sp) 016516 177770
/       034 mov $L4,-(sp) 012746, L4 = 052 (data after 052 bytes of text)
/       040 jsr pc,*$_printf 004737 000000
/       044 tst (sp)+ 005726
/       046 L1: jmp cret: 000167, word at 050: 0 - 052 = 177726
/ data at 052: .byte 45,144,12,0 ("%d\n\0") = 062045 000012
/ symbols in order of appearance; ~main and ~i are the compiler's local names
/
/ expect text: 004567 177774 005746 005065 177770 026527 177770 000012
/ expect text: 002003 005265 177770 000771 016516 177770 012746 000052
/ expect text: 004737 000000 005726 000167 177726
/ expect data: 062045 000012
/ expect bss: 0
/ expect symbols: _main 042 000000; ~main 02 000000; i 01 177770; csv 040 000000
/ expect symbols: L2 02 000012; L3 02 000030; L4 03 000052; _printf 040 000000
/ expect symbols: L1 02 000046; cret 040 000000

.globl	_main
.text
_main:
~~main:
~i=177770
jsr	r5,csv
tst	-(sp)
clr	-10(r5)
L2:cmp	-10(r5),$12
jge	L3
inc	-10(r5)
jbr	L2
L3:mov	-10(r5),(sp)
mov	$L4,-(sp)
jsr	pc,*$_printf
tst	(sp)+
L1:jmp	cret
.globl	_printf
.data
L4:.byte 45,144,12,0
.globl	csv
.globl	cret
