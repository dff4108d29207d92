/ illegal combinations: all errors of the last pass, so all reported
a: 0
.data
c: 0
.text
.globl x
 a*1; a\/1; a&1; a|1; a\<1; a\>1; a%1; a!1
 1*a; 1-a; a+a; c-a; a-c; a+c
 x-x; x-a; a-x; x*1; x+c
