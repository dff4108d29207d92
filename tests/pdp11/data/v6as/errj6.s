jbr x
