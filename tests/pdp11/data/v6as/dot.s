/ the location counter
 .
 .+2
 .-2
 1
. = .+4
 2
.data
 3
 .
. = .+3
 .even
 4
.bss
x: . = .+10
y: .=.+1
.=.+2
.=.-1
z:
.text
 .
 x; y; z
