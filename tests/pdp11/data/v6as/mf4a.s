x = 1
 1f
