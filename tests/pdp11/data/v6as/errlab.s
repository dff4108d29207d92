foo: foo:
mov: 1
r0: 2
.: 3
..: 4
x = 1
x: 5
