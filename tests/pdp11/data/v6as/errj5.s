jbr x
x=10
