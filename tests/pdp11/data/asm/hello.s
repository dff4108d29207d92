/ hello world, as one wrote it for V6
/
/ text at 0:  mov $1,r0 = 012700 000001     (fd 1 in r0)
/        4:   sys write = 104404, then its two words: msg, len
/             msg = 014 (data follows 014 bytes of text), len = 015 (13.)
/       012:  sys exit = 104401
/ data at 014: "hello, world\n" = 13 bytes, one null to make it even
/ symbols in order of appearance: msg data 014, len absolute 015
/ relocation: the word msg refers to data (04); everything else absolute
/
/ expect text: 012700 000001 104404 000014 000015 104401
/ expect data: 062550 066154 026157 073440 071157 062154 000012
/ expect bss: 0
/ expect symbols: msg 03 000014; len 01 000015
/ expect relocation: 0 0 0 4 0 0 0 0 0 0 0 0 0

	mov	$1,r0
	sys	write; msg; len
	sys	exit

.data
msg:	<hello, world\n>
len = .-msg
