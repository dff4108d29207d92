 <ab>c
