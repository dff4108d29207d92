 sys 100
 sys 377
