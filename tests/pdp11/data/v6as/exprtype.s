/ types of results
a: 1
b: 2
 a+1; a-1; b-a; a-b; 1+a; a^1; 1^a; a+[1]; [a]+1
 ..; .; .+2; .-a
 r1+1; r1*2; r1+r2; r1-1; a+r1; r1+a; 1+r1; r1^a; a^r1
 mov+1; sys+1; .data
.data
c: a; c; c+1; c-2
.globl x
 x+1; x-1; 1+x; x^1; 1^x
