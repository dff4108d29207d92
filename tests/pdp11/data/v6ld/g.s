/ defines g and a table of text addresses; asks for _etext and _edata
.globl	_g, _tab, _f, _etext, _edata
_g:
	mov	$_etext,r3
	mov	$_edata,r4
	rts	pc
.data
_tab:	_g; _f; _tab
