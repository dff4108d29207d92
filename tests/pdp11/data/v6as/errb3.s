 br x
.data
x:
