1: y
y: x
