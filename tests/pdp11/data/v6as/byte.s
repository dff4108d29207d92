/ .byte
.byte 400, -1, 377, 1000
.byte 1 2
.byte 'a,"bc
.byte 1,2,3
.even
.byte 4
