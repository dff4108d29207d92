 u1
