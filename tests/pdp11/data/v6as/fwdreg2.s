/ ...and the segment is padded to pass two's size
 mov x,r0
x = r1
