.data
x:
.text
. = x
