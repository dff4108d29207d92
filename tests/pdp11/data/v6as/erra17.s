 sys y
y = 300
