/ Nb just before N: in the same statement; labels alongside
a: 1: 0
b: 1: 0
 1b; 1f
1: 0
 1f2
