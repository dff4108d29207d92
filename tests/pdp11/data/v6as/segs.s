/ segments
.data
x: 1
.text
y: 2
.bss
z: .=.+4
.data
w: 3
.text
 x; y; z; w
.data
 1f
1: v
.bss
.=.+2
v:
