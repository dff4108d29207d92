x:
.byte x
.byte r1
.byte mov
