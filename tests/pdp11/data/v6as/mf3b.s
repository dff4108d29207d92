1: 2
 1b
.data
d: 1
