.data
.byte 1
 2
