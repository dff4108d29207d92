.data
1: jbr 1b
jbr 1f
1:
