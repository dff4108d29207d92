 u2
 u1
