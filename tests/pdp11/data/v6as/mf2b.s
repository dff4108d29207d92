 z: x; y; z
.text
 w: 3
