 addf fr0,4
 addf fr0,r4
