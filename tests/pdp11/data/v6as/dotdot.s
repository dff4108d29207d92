/ the relocation counter ..
a: 1
.. = 1000
 a; .; ..
 jmp a
 mov $a,r0
 mov a,r0
.data
b: a; b
.. = 0
 a; b
.. = 3
 1; .
