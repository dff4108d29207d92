 [1
 5
foo:
foo:
