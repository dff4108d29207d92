 mov (10),r0
