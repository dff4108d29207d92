/ names of instructions and pseudo-operations redefined before any use
mov = 5
 mov
mark = 104400
 mark
.data = 5
 .data
r0 = 3
 r0
