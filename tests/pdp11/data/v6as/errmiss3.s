 mov (r0)+2,r1
