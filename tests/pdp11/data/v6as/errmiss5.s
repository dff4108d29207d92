 mov (r0
