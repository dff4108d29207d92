 1b
