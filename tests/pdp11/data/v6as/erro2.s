.byte 1
mov r0,r1
