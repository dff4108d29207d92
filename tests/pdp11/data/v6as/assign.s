/ assignments
x = 5
y = x+1
x = 6
 x; y
z = .
w = .+2
.data
v = .+2
.text
 z; w; v
r = r1+1
 mov r,r0
f = fr1
kw = mov
 kw r0,r1
exit = 3
 sys exit
 exit
 sys exit
s = sys
 s 1
