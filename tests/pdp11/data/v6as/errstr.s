 <abc
 1 )
foo:
foo:
