/ .even, and segment switches even the segment left
.even
.byte 1
.even
.byte 2
.text
 3
.byte 4
.data
.text
 5
.byte 6
.bss
.text
 7
.data
.byte 1
.even
.byte 2
.text
.data
 8
.bss
.=.+1
.even
x: .=.+1
.text
.bss
y:
.text
 x; y
