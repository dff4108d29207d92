jbr x
.data
x: 1
