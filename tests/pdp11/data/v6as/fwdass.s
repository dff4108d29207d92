/ an assignment read after its use: pass two sees it undefined
 mov x,r0
x = 5
 sys y
y = 3
 mark z
z = 4
 movf q,fr1
q = fr4
 movf fr1,p
p = fr4
 movf t,fr1
t = fr0
 br u
u = .
