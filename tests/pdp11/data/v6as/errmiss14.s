 mov (r10),r0
r10 = r1
