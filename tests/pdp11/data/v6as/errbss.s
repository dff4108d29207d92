.bss
 1
 <ab>
 .byte 1
.text
 undef
