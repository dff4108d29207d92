 "a
