.data
x: 1
.text
jbr x
