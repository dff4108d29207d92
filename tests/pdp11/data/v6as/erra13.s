 sys x
x:
