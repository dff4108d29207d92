.comm 1,2
