jbr 100
