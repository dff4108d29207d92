.comm x
