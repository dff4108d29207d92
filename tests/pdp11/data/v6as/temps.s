/ temporary labels N: with Nf and Nb
1: 1f
 1b
1: 2f; 1b
2: 1b; 0f; 9f
0: 9: 1f
1: 1b
10: 1
 1f; 1f
1: 1: 2
 1b
 3f
 3f+4
.data
1: 5
.text
 1b
1: 1b
