y: x
 z
