0 3
ab