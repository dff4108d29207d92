 11b
 10f
 2b
