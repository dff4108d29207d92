.data
 1
