jbr x
jeq x
